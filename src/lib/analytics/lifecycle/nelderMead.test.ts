import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelderMead';

describe('nelderMead', () => {
	// Minima known in closed form.
	const cases = [
		{
			name: 'shifted quadratic',
			f: (x: number[]) => (x[0] - 3) ** 2 + 10 * (x[1] + 1) ** 2,
			start: [0, 0],
			min: [3, -1]
		},
		{
			name: 'Rosenbrock',
			f: (x: number[]) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2,
			start: [-1.2, 1],
			min: [1, 1]
		},
		{ name: 'one dimension', f: (x: number[]) => Math.cosh(x[0] - 2), start: [0], min: [2] },
		{
			name: 'domain edge (NaN outside)',
			f: (x: number[]) => (x[0] > 0 ? x[0] - Math.log(x[0]) : NaN),
			start: [5],
			min: [1]
		}
	];
	it.each(cases)('$name', ({ f, start, min }) => {
		const r = nelderMead(f, start);
		expect(r.converged).toBe(true);
		r.x.forEach((v, i) => expect(v).toBeCloseTo(min[i], 5));
	});
});
