import { describe, expect, it } from 'vitest';
import { concentrationCurves } from './concentrationCurves';

const pts = (xs: [number, number][]) => xs.map(([c, v]) => ({ customerShare: c, valueShare: v }));

describe('concentrationCurves', () => {
	// [1,2,3,4], total 10. Lorenz (smallest first): 0, .1, .3, .6, 1. Pareto (largest first):
	// 0, .4, .7, .9, 1.
	const cases = [
		{
			maxPoints: 201,
			lorenz: pts([
				[0, 0],
				[0.25, 0.1],
				[0.5, 0.3],
				[0.75, 0.6],
				[1, 1]
			]),
			pareto: pts([
				[0, 0],
				[0.25, 0.4],
				[0.5, 0.7],
				[0.75, 0.9],
				[1, 1]
			])
		},
		{
			maxPoints: 3,
			lorenz: pts([
				[0, 0],
				[0.5, 0.3],
				[1, 1]
			]),
			pareto: pts([
				[0, 0],
				[0.5, 0.7],
				[1, 1]
			])
		}
	];
	it.each(cases)('maxPoints $maxPoints', ({ maxPoints, lorenz, pareto }) => {
		const c = concentrationCurves([3, 1, 4, 2], maxPoints);
		expect(c.lorenz.length).toBe(lorenz.length);
		c.lorenz.forEach((p, k) => {
			expect(p.customerShare).toBeCloseTo(lorenz[k].customerShare, 12);
			expect(p.valueShare).toBeCloseTo(lorenz[k].valueShare, 12);
		});
		c.pareto.forEach((p, k) => {
			expect(p.customerShare).toBeCloseTo(pareto[k].customerShare, 12);
			expect(p.valueShare).toBeCloseTo(pareto[k].valueShare, 12);
		});
	});
});
