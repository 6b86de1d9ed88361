// ln|Γ(x)| to about 1e-14 relative: Stirling's series for x >= 10, the recurrence below 10,
// a Taylor series around 1 and 2 (where lnΓ crosses zero) and reflection for x < 0.
import { zeta } from './zeta';

const HALF_LOG_2PI = 0.9189385332046728;
const EULER_GAMMA = 0.5772156649015329;
/** B_2k / (2k (2k-1)), k = 1..8: Stirling series coefficients. */
const STIRLING = [
	1 / 12,
	-1 / 360,
	1 / 1260,
	-1 / 1680,
	1 / 1188,
	-691 / 360360,
	1 / 156,
	-3617 / 122400
];
/** (-1)^k ζ(k) / k for k = 2..27: lnΓ(1+e) = -γe + Σ coef_k e^k. */
const NEAR_ONE = Array.from(
	{ length: 26 },
	(_, i) => ((i % 2 === 0 ? 1 : -1) * zeta(i + 2)) / (i + 2)
);

function stirling(x: number): number {
	const inv = 1 / x;
	const inv2 = inv * inv;
	let series = 0;
	for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inv2 + STIRLING[k];
	return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series * inv;
}

/** lnΓ(1+e) for |e| <= 0.2 (the series converges for |e| < 1). */
function logGammaOnePlus(e: number): number {
	let s = 0;
	for (let k = NEAR_ONE.length - 1; k >= 0; k--) s = s * e + NEAR_ONE[k];
	return e * (-EULER_GAMMA + e * s);
}

/** sin(πx) with the argument reduced first, exact zeros at integers. */
export function sinPi(x: number): number {
	const r = x - 2 * Math.floor(x / 2); // [0, 2)
	if (r === 0 || r === 1) return 0;
	if (r > 1) return -sinPi(r - 1);
	return Math.sin(Math.PI * (r <= 0.5 ? r : 1 - r));
}

/** ln|Γ(x)|; +Infinity at the poles 0, -1, -2, … */
export function logGamma(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x === Infinity) return Infinity;
	if (x <= 0 && Number.isInteger(x)) return Infinity;
	if (x < 0) return Math.log(Math.PI / Math.abs(sinPi(x))) - logGamma(1 - x);
	if (Math.abs(x - 1) <= 0.2) return logGammaOnePlus(x - 1);
	if (Math.abs(x - 2) <= 0.2) return Math.log1p(x - 2) + logGammaOnePlus(x - 2);
	if (x >= 10) return stirling(x);
	// Γ(x) = Γ(x+n) / (x (x+1) … (x+n-1)); one product, one log.
	let p = 1;
	let y = x;
	while (y < 10) {
		p *= y;
		y += 1;
	}
	return stirling(y) - Math.log(p);
}

/** Sign of Γ(x): 1 for x > 0, alternating on the negative intervals, 0 at the poles. */
export function gammaSign(x: number): number {
	if (x > 0) return 1;
	if (Number.isInteger(x)) return 0;
	return Math.floor(x) % 2 === 0 ? 1 : -1;
}
