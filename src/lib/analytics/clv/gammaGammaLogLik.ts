// Gamma-Gamma spend model (Fader & Hardie 2013 note): transaction values ~ Gamma(p, ν), ν ~
// Gamma(q, γ). The likelihood of a customer is the density of the MEAN z̄ of x transactions:
//   f(z̄ | x) = Γ(px+q) / (Γ(px)Γ(q)) · γ^q z̄^(px-1) x^(px) / (γ + x z̄)^(px+q)
// (the x^(px) Jacobian factor is part of it; without it the published -4055.92 is not reached).
import type { GammaGammaParams, SpendRows } from './clvTypes';
import { digamma } from './digamma';
import { logGamma } from './logGamma';

/** Total log-likelihood; `grad` receives ∂LL/∂(p, q, γ). Rows sorted by x reuse per-x terms. */
export function gammaGammaLogLik(
	par: GammaGammaParams,
	rows: SpendRows,
	grad?: Float64Array | null
): number {
	const { p, q, gamma } = par;
	const lgQ = logGamma(q);
	const dgQ = digamma(q);
	const lnG = Math.log(gamma);
	let cx = NaN;
	let base = 0;
	let lnx = 0;
	let dpx = 0;
	let dpxq = 0;
	let ll = 0;
	let gp = 0;
	let gq = 0;
	let gg = 0;
	for (let i = 0; i < rows.length; i++) {
		const x = rows.x[i];
		const px = p * x;
		if (x !== cx) {
			cx = x;
			lnx = Math.log(x);
			base = logGamma(px + q) - logGamma(px) - lgQ + q * lnG + px * lnx;
			if (grad) {
				dpxq = digamma(px + q);
				dpx = digamma(px);
			}
		}
		const w = rows.weight[i];
		const z = rows.mean[i];
		const lnz = Math.log(z);
		const g = gamma + x * z;
		const lng = Math.log(g);
		ll += w * (base + (px - 1) * lnz - (px + q) * lng);
		if (grad) {
			gp += w * x * (dpxq - dpx + lnz + lnx - lng);
			gq += w * (dpxq - dgQ + lnG - lng);
			gg += w * (q / gamma - (px + q) / g);
		}
	}
	if (grad) {
		grad[0] = gp;
		grad[1] = gq;
		grad[2] = gg;
	}
	return ll;
}
