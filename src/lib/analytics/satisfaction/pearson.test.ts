import { describe, expect, it } from 'vitest';
import { pearson } from './pearson';

const f = (xs: number[]) => Float64Array.from(xs);

describe('pearson', () => {
	// x = 1,2,3,4 and y = 2,1,4,3: deviations (−1.5,−.5,.5,1.5)·(−.5,−1.5,1.5,.5) = 4 × 0.75 = 3,
	// Σdx² = Σdy² = 5, so r = 3/5 = 0.6.
	const cases: { name: string; x: number[]; y: number[]; r: number | null; n: number }[] = [
		{ name: 'hand example', x: [1, 2, 3, 4], y: [2, 1, 4, 3], r: 0.6, n: 4 },
		{ name: 'perfect', x: [1, 2, 3], y: [10, 20, 30], r: 1, n: 3 },
		{ name: 'inverse', x: [1, 2, 3], y: [3, 2, 1], r: -1, n: 3 },
		{
			name: 'missing pairs dropped',
			x: [1, 2, NaN, 3, 4, 9],
			y: [2, 1, 5, 4, 3, NaN],
			r: 0.6,
			n: 4
		},
		{ name: 'constant', x: [1, 2, 3], y: [5, 5, 5], r: null, n: 3 },
		{ name: 'too few', x: [1, 2], y: [1, 2], r: null, n: 2 }
	];
	it.each(cases)('$name', ({ x, y, r, n }) => {
		const c = pearson(f(x), f(y));
		expect(c.n).toBe(n);
		if (r === null) expect(c.r).toBeNull();
		else expect(c.r).toBeCloseTo(r, 12);
	});
});
