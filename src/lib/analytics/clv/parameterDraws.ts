// Draws from the approximate sampling distribution of fitted parameters: the MLE on the log
// scale plus a normal deviate with the inverse Hessian as covariance (what fitMle returns), so
// every draw stays positive. Seeded (mulberry32 + Box–Muller): the same seed, the same draws.
import { mulberry32 } from '../mulberry32';

/** Lower Cholesky factor of an n × n SPD matrix; null when it is not positive definite. */
export function cholesky(A: ArrayLike<number>, n: number): Float64Array | null {
	const L = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = 0; j <= i; j++) {
			let s = A[i * n + j];
			for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
			if (i === j) {
				if (!(s > 0)) return null;
				L[i * n + i] = Math.sqrt(s);
			} else L[i * n + j] = s / L[j * n + j];
		}
	return L;
}

/** `count` parameter vectors (natural scale), row-major count × n; null without a covariance. */
export function parameterDraws(
	theta: ArrayLike<number>,
	logCovariance: ArrayLike<number> | null | undefined,
	count: number,
	seed: number
): Float64Array | null {
	const n = theta.length;
	if (!logCovariance) return null;
	const L = cholesky(logCovariance, n);
	if (!L) return null;
	const random = mulberry32(seed);
	const normal = () => {
		// Box–Muller; 1 − u keeps the log away from 0.
		const u = 1 - random();
		const v = random();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	};
	const out = new Float64Array(count * n);
	const z = new Float64Array(n);
	for (let b = 0; b < count; b++) {
		for (let i = 0; i < n; i++) z[i] = normal();
		for (let i = 0; i < n; i++) {
			let e = 0;
			for (let k = 0; k <= i; k++) e += L[i * n + k] * z[k];
			out[b * n + i] = Math.exp(Math.log(theta[i]) + e);
		}
	}
	return out;
}
