// Least-squares quadratic y = b0 + b1 x + b2 x² over the complete pairs, with ordinary standard
// errors, so a curve's bend can be called real (|b2| ≥ 1.96 se) or not distinguishable from a line.
import { invertMatrix } from './invertMatrix';
import type { SatisfactionIssue } from './satisfactionIssue';

export interface QuadraticFit {
	/** [b0, b1, b2]. */
	coefficients: [number, number, number];
	/** Standard errors of the coefficients. */
	se: [number, number, number];
	r2: number;
	n: number;
}

export function quadraticFit(x: Float64Array, y: Float64Array): QuadraticFit | SatisfactionIssue {
	// Normal equations in powers of x: Σ x^k and Σ x^k y for k = 0..4 and 0..2.
	const sx = [0, 0, 0, 0, 0];
	const sxy = [0, 0, 0];
	let syy = 0;
	let n = 0;
	const levels = new Set<number>();
	for (let i = 0; i < x.length; i++) {
		const a = x[i];
		const b = y[i];
		if (Number.isNaN(a) || Number.isNaN(b)) continue;
		n++;
		if (levels.size < 3) levels.add(a);
		let p = 1;
		for (let k = 0; k <= 4; k++) {
			sx[k] += p;
			if (k <= 2) sxy[k] += p * b;
			p *= a;
		}
		syy += b * b;
	}
	if (n < 4) return { code: 'too_few_respondents', n };
	if (levels.size < 3) return { code: 'too_few_levels', n };
	const xtx = [
		[sx[0], sx[1], sx[2]],
		[sx[1], sx[2], sx[3]],
		[sx[2], sx[3], sx[4]]
	];
	const inv = invertMatrix(xtx);
	if (!inv) return { code: 'too_few_levels', n };
	const b = inv.map((row) => row[0] * sxy[0] + row[1] * sxy[1] + row[2] * sxy[2]) as [
		number,
		number,
		number
	];
	// RSS = y'y − b'X'y for least squares.
	const rss = Math.max(0, syy - (b[0] * sxy[0] + b[1] * sxy[1] + b[2] * sxy[2]));
	const tss = syy - (sxy[0] * sxy[0]) / n;
	const sigma2 = rss / (n - 3);
	const se = [0, 1, 2].map((k) => Math.sqrt(Math.max(0, sigma2 * inv[k][k]))) as [
		number,
		number,
		number
	];
	return { coefficients: b, se, r2: tss > 0 ? 1 - rss / tss : 0, n };
}
