// Log-likelihood and gradient of BG/NBD (Fader, Hardie & Lee 2005) and MBG/NBD (Batislam,
// Denizel & Filiztekin 2007), summed over weighted unique rows:
//   L = B(a, b+x+k)/B(a,b) · Γ(r+x)α^r / (Γ(r)(α+T)^(r+x))
//     + [x > 0 or MBG] · B(a+1, b+x-1+k)/B(a,b) · Γ(r+x)α^r / (Γ(r)(α+t_x)^(r+x)),
// with k = 0 for BG/NBD and k = 1 for MBG/NBD (which may drop out at time 0 too).
// The two terms are combined with log-sum-exp; x-dependent special functions are computed once
// per distinct x (rows arrive sorted by x).
import type { BgnbdParams, TransactionRows } from './clvTypes';
import { digamma } from './digamma';
import { logGamma } from './logGamma';

/** Total log-likelihood; when `grad` is given it receives ∂LL/∂(r, α, a, b). */
export function betaGeoLogLik(
	p: BgnbdParams,
	rows: TransactionRows,
	modified: boolean,
	grad?: Float64Array | null
): number {
	const { r, alpha, a, b } = p;
	const k = modified ? 1 : 0;
	const lnAlpha = Math.log(alpha);
	const lnA = Math.log(a);
	const lgR = logGamma(r);
	const lgB = logGamma(b);
	const lgAB = logGamma(a + b);
	const dgR = digamma(r);
	const dgB = digamma(b);
	const dgAB = digamma(a + b);
	let ll = 0;
	let gr = 0;
	let gAlpha = 0;
	let ga = 0;
	let gb = 0;
	let cx = NaN;
	let base = 0; // r ln α + lnΓ(r+x) - lnΓ(r) + ln B(a, b+x+k) - ln B(a, b)
	let dBaseR = 0;
	let dBaseA = 0;
	let dBaseB = 0;
	let log4 = 0; // ln a - ln(b+x-1+k)
	let d4b = 0;
	let second = false;
	const X = rows.x;
	const W = rows.weight;
	// ln(α + t) and 1/(α + t) per distinct time (see TransactionRows.times), else per row.
	const times = rows.times;
	const tv = times ? times.values : null;
	const lnAt = new Float64Array(tv ? tv.length : 0);
	const invAt = new Float64Array(lnAt.length);
	for (let j = 0; j < lnAt.length; j++) {
		const v = alpha + (tv as Float64Array)[j];
		lnAt[j] = Math.log(v);
		invAt[j] = 1 / v;
	}
	const TXI = times?.txIndex;
	const TI = times?.TIndex;
	const TX = rows.tx;
	const TT = rows.T;
	for (let i = 0; i < rows.length; i++) {
		const x = X[i];
		if (x !== cx) {
			cx = x;
			const bx = b + x + k;
			const abx = a + b + x + k;
			base = r * lnAlpha + logGamma(r + x) - lgR + logGamma(bx) - lgB - logGamma(abx) + lgAB;
			second = modified || x > 0;
			if (grad) {
				const dgABX = digamma(abx);
				dBaseR = lnAlpha + digamma(r + x) - dgR;
				dBaseA = dgAB - dgABX;
				dBaseB = digamma(bx) - dgB + dgAB - dgABX;
			}
			if (second) {
				log4 = lnA - Math.log(bx - 1);
				d4b = -1 / (bx - 1);
			}
		}
		const w = W[i];
		const rx = r + x;
		const lT = TI ? lnAt[TI[i]] : Math.log(alpha + TT[i]);
		const a3 = -rx * lT;
		let lse = a3;
		let w4 = 0;
		let lTx = 0;
		if (second) {
			lTx = TXI ? lnAt[TXI[i]] : Math.log(alpha + TX[i]);
			const a4 = log4 - rx * lTx;
			// One exp: ln(e^a3 + e^a4) = max + ln(1 + e^-|a3-a4|).
			const e = Math.exp(-Math.abs(a3 - a4));
			lse = (a3 > a4 ? a3 : a4) + Math.log1p(e);
			w4 = a4 > a3 ? 1 / (1 + e) : e / (1 + e);
		}
		ll += w * (base + lse);
		if (grad) {
			const w3 = 1 - w4;
			gr += w * (dBaseR - w3 * lT - w4 * lTx);
			const iT = TI ? invAt[TI[i]] : 1 / (alpha + TT[i]);
			const iTx = second ? (TXI ? invAt[TXI[i]] : 1 / (alpha + TX[i])) : 0;
			gAlpha += w * (r / alpha - rx * (w3 * iT + w4 * iTx));
			ga += w * (dBaseA + w4 / a);
			gb += w * (dBaseB + w4 * d4b);
		}
	}
	if (grad) {
		grad[0] = gr;
		grad[1] = gAlpha;
		grad[2] = ga;
		grad[3] = gb;
	}
	return ll;
}

export function bgnbdLogLik(
	p: BgnbdParams,
	rows: TransactionRows,
	grad?: Float64Array | null
): number {
	return betaGeoLogLik(p, rows, false, grad);
}

export function mbgnbdLogLik(
	p: BgnbdParams,
	rows: TransactionRows,
	grad?: Float64Array | null
): number {
	return betaGeoLogLik(p, rows, true, grad);
}
