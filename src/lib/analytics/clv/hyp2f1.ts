// Gauss hypergeometric 2F1(a, b; c; z) for real parameters and z <= 1, as Pareto/NBD's likelihood
// and the BG/NBD expectations need it. Results are carried as (log|value|, sign) so products
// with large powers never overflow. Strategy:
//   z < 0        Pfaff: (1-z)^-a 2F1(a, c-b; c; z/(z-1)) maps to [0, 1/2).
//   0 <= z <= .9 the Gauss series; Euler's (1-z)^(c-a-b) 2F1(c-a, c-b; c; z) when that keeps all
//                terms positive and the parameters smaller.
//   .9 < z < 1   the connection formula in 1-z (series in 1-z < 0.1 converge fast); at integer
//                c-a-b, where both of its terms blow up and cancel, we interpolate around it.
import { aroundSingularity } from './aroundSingularity';
import { gammaSign, logGamma } from './logGamma';

export interface SignedLog {
	/** ln|value| (-Infinity when the value is 0). */
	log: number;
	/** -1, 0 or 1. */
	sign: number;
}

const EPS = 1e-17;
const MAX_TERMS = 1_000_000;
const RESCALE = 1e250;
const LOG_RESCALE = Math.log(RESCALE);
const SERIES_LIMIT = 0.9;
const INTEGER_GAP = 1e-3;

const NAN: SignedLog = { log: NaN, sign: NaN };

function isNonPositiveInteger(v: number): boolean {
	return v <= 0 && Number.isInteger(v);
}

/** Beyond this n the term ratio stays below 1, so a tiny term means the tail is tiny too. */
function safeIndex(a: number, b: number, c: number, z: number): number {
	const az = Math.abs(z);
	const A = Math.abs(a);
	const B = Math.abs(b);
	// |z|(n+A)(n+B) - (n+c)(n+1) < 0 for n beyond the larger root (|a+n| <= n+A).
	const qa = az - 1;
	const qb = az * (A + B) - c - 1;
	const qc = az * A * B - c;
	const disc = qb * qb - 4 * qa * qc;
	let n = Math.max(0, 1 - c);
	if (disc >= 0) n = Math.max(n, (-qb - Math.sqrt(disc)) / (2 * qa));
	return n;
}

/** The Gauss series Σ (a)_n (b)_n / (c)_n z^n / n!, rescaled as it grows; |z| < 1 or terminating. */
export function hyp2f1Series(a: number, b: number, c: number, z: number): SignedLog {
	if (
		isNonPositiveInteger(c) &&
		!(isNonPositiveInteger(a) && a > c) &&
		!(isNonPositiveInteger(b) && b > c)
	)
		return NAN;
	const nSafe = safeIndex(a, b, c, z);
	const az = Math.abs(z);
	let sum = 1;
	let term = 1;
	let scale = 0;
	let converged = false;
	for (let n = 0; n < MAX_TERMS; n++) {
		const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
		term *= ratio;
		if (term === 0) {
			converged = true; // a or b a non-positive integer: a polynomial
			break;
		}
		sum += term;
		if (Math.abs(sum) > RESCALE) {
			sum /= RESCALE;
			term /= RESCALE;
			scale += LOG_RESCALE;
		}
		if (n >= nSafe) {
			const bound = Math.max(Math.abs(ratio), az);
			if (Math.abs(term) <= EPS * Math.abs(sum) * (1 - bound)) {
				converged = true;
				break;
			}
		}
	}
	// A sum cut off at MAX_TERMS is not the function's value: say so rather than return it.
	if (!converged || !Number.isFinite(sum)) return NAN;
	return { log: Math.log(Math.abs(sum)) + scale, sign: Math.sign(sum) };
}

function logAbsGamma(v: number): { log: number; sign: number } {
	return { log: logGamma(v), sign: gammaSign(v) };
}

/** Adds two signed logs. */
function addSigned(x: SignedLog, y: SignedLog): SignedLog {
	if (x.sign === 0) return y;
	if (y.sign === 0) return x;
	const m = Math.max(x.log, y.log);
	const v = x.sign * Math.exp(x.log - m) + y.sign * Math.exp(y.log - m);
	if (v === 0) return { log: -Infinity, sign: 0 };
	return { log: m + Math.log(Math.abs(v)), sign: Math.sign(v) };
}

/** Γ(c)Γ(m) / (Γ(u)Γ(v)) as a signed log; 0 when u or v is a pole (1/Γ = 0 there). */
function gammaRatio(c: number, m: number, u: number, v: number): SignedLog {
	const gu = gammaSign(u);
	const gv = gammaSign(v);
	if (gu === 0 || gv === 0) return { log: -Infinity, sign: 0 };
	const gc = logAbsGamma(c);
	const gm = logAbsGamma(m);
	return { log: gc.log + gm.log - logGamma(u) - logGamma(v), sign: gc.sign * gm.sign * gu * gv };
}

function connectionAt(a: number, b: number, c: number, w: number): SignedLog {
	const m = c - a - b;
	const f1 = hyp2f1Series(a, b, 1 - m, w);
	const f2 = hyp2f1Series(c - a, c - b, 1 + m, w);
	const k1 = gammaRatio(c, m, c - a, c - b);
	const k2 = gammaRatio(c, -m, a, b);
	const t1: SignedLog = { log: k1.log + f1.log, sign: k1.sign * f1.sign };
	const t2: SignedLog = { log: m * Math.log(w) + k2.log + f2.log, sign: k2.sign * f2.sign };
	return addSigned(t1, t2);
}

/**
 * 2F1 via the connection formula at w = 1 - z (Abramowitz & Stegun 15.3.6), for z close to 1.
 * `w` is passed separately so callers that know 1-z exactly do not lose it to rounding.
 */
export function hyp2f1Connection(a: number, b: number, c: number, w: number): SignedLog {
	const m = c - a - b;
	const near = Math.round(m);
	if (Math.abs(m - near) >= INTEGER_GAP) return connectionAt(a, b, c, w);
	// Interpolate the value (not its log) in c between m = near ± gap; the sign is that of the value.
	const value = aroundSingularity(c, c - (m - near), INTEGER_GAP, (cc) => {
		const r = connectionAt(a, b, cc, w);
		return r.sign * Math.exp(r.log);
	});
	return { log: Math.log(Math.abs(value)), sign: Math.sign(value) };
}

/** 2F1(a, b; c; 1 - w) for 0 < w <= 1 (z in [0, 1)). */
function positiveArgument(a: number, b: number, c: number, z: number, w: number): SignedLog {
	if (isNonPositiveInteger(a) || isNonPositiveInteger(b) || z <= SERIES_LIMIT) {
		if (
			a + b - c > 0 &&
			c - a > 0 &&
			c - b > 0 &&
			!isNonPositiveInteger(a) &&
			!isNonPositiveInteger(b)
		) {
			const f = hyp2f1Series(c - a, c - b, c, z);
			return { log: (c - a - b) * Math.log(w) + f.log, sign: f.sign };
		}
		return hyp2f1Series(a, b, c, z);
	}
	return hyp2f1Connection(a, b, c, w);
}

/**
 * 2F1(a, b; c; z) as (log|value|, sign). `oneMinusZ` may carry 1 - z computed without
 * cancellation (e.g. (α+T)/(α+T+t) in BG/NBD); it defaults to 1 - z.
 */
export function hyp2f1Signed(
	a: number,
	b: number,
	c: number,
	z: number,
	oneMinusZ = 1 - z
): SignedLog {
	if ([a, b, c, z].some(Number.isNaN) || z > 1) return NAN;
	if (z === 0 || a === 0 || b === 0) return { log: 0, sign: 1 };
	if (isNonPositiveInteger(c) && !isNonPositiveInteger(a) && !isNonPositiveInteger(b)) return NAN;
	if (z === 1) {
		// Gauss's theorem; the series diverges unless c - a - b > 0.
		if (c - a - b <= 0) return { log: Infinity, sign: 1 };
		return gammaRatio(c, c - a - b, c - a, c - b);
	}
	if (z < 0) {
		// Pfaff on whichever parameter keeps the transformed second parameter positive.
		const w = z / (z - 1);
		const swap = c - b <= 0 && c - a > 0;
		const [p, q] = swap ? [b, a] : [a, b];
		const f = positiveArgument(p, c - q, c, w, 1 / (1 - z));
		return { log: -p * Math.log1p(-z) + f.log, sign: f.sign };
	}
	return positiveArgument(a, b, c, z, oneMinusZ);
}

/** 2F1(a, b; c; z) (NaN outside z <= 1 or at a pole of c). */
export function hyp2f1(a: number, b: number, c: number, z: number, oneMinusZ = 1 - z): number {
	const r = hyp2f1Signed(a, b, c, z, oneMinusZ);
	return r.sign === 0 ? 0 : r.sign * Math.exp(r.log);
}

/** ln 2F1(a, b; c; z) for a positive value (NaN when the value is not positive). */
export function logHyp2f1(a: number, b: number, c: number, z: number, oneMinusZ = 1 - z): number {
	const r = hyp2f1Signed(a, b, c, z, oneMinusZ);
	return r.sign > 0 ? r.log : NaN;
}
