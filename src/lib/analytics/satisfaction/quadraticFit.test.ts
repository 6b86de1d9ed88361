import { describe, expect, it } from 'vitest';
import { quadraticFit, type QuadraticFit } from './quadraticFit';
import { isSatisfactionIssue } from './satisfactionIssue';

const f = (xs: number[]) => Float64Array.from(xs);

function ok(r: ReturnType<typeof quadraticFit>): QuadraticFit {
	if (isSatisfactionIssue(r)) throw new Error(`unexpected issue ${r.code}`);
	return r;
}

describe('quadraticFit', () => {
	// With two answers at each of x = 0, 1, 2 the quadratic passes through the three group means,
	// so b2 = (m0 − 2 m1 + m2) / 2 and Var(b2) = σ²/2 × (1 + 4 + 1)/4 with σ² = RSS / (n − 3).
	// "noisy": means 1, 4, 5 → b = (1, 4, −1); residuals ±1 → RSS 6, σ² 2, se(b2) = √1.5;
	// TSS of 0,2,3,5,4,6 is 23⅓, so R² = 1 − 6/23⅓ = 0.742857.
	// "tight": same means, residuals ±0.1 → σ² = 0.02, se(b2) = √0.015.
	const cases = [
		{ name: 'noisy', y: [0, 2, 3, 5, 4, 6], b: [1, 4, -1], se2: Math.sqrt(1.5) },
		{ name: 'tight', y: [0.9, 1.1, 3.9, 4.1, 4.9, 5.1], b: [1, 4, -1], se2: Math.sqrt(0.015) },
		{ name: 'convex', y: [1, 1, 2, 2, 5, 5], b: [1, 0, 1], se2: 0 }
	];
	it.each(cases)('$name', ({ y, b, se2 }) => {
		const r = ok(quadraticFit(f([0, 0, 1, 1, 2, 2]), f(y)));
		r.coefficients.forEach((c, k) => expect(c).toBeCloseTo(b[k], 10));
		expect(r.se[2]).toBeCloseTo(se2, 8);
		expect(r.n).toBe(6);
	});
	it('R² by hand for the noisy case', () => {
		expect(ok(quadraticFit(f([0, 0, 1, 1, 2, 2]), f([0, 2, 3, 5, 4, 6]))).r2).toBeCloseTo(
			0.742857,
			6
		);
	});
	it('recovers an exact quadratic on 0..10', () => {
		const x = f([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const y = x.map((v) => -14 + 4 * v - 0.2 * v * v);
		const r = ok(quadraticFit(x, y));
		r.coefficients.forEach((c, k) => expect(c).toBeCloseTo([-14, 4, -0.2][k], 9));
		expect(r.r2).toBeCloseTo(1, 12);
	});
	const bad = [
		{ name: 'three pairs', x: [0, 1, 2], y: [1, 2, 3], code: 'too_few_respondents' },
		{ name: 'two levels', x: [0, 0, 1, 1, 1], y: [1, 2, 3, 4, 5], code: 'too_few_levels' },
		{
			name: 'missing pairs',
			x: [0, 1, NaN, 2, 3],
			y: [1, NaN, 2, 3, NaN],
			code: 'too_few_respondents'
		}
	];
	it.each(bad)('$name → $code', ({ x, y, code }) => {
		const r = quadraticFit(f(x), f(y));
		expect(isSatisfactionIssue(r) && r.code).toBe(code);
	});
});
