import { describe, expect, it } from 'vitest';
import { SegmentsError } from '../customers/segmentsIssue';
import { kmeans } from './kmeans';
import { silhouette } from './silhouette';

// Two groups on a line: {0,1,2} and {10,11,12}: centres 1 and 11, within-SS 2 + 2 = 4.
const line = Float64Array.from([0, 10, 1, 11, 2, 12]);
// Three groups in 2-D around (0,0), (10,0), (0,10), each (±1, 0) and (0, ±1) from the centre:
// within-SS = 3 groups × 4 points × 1 = 12.
const blobs = Float64Array.from(
	[
		[0, 0],
		[10, 0],
		[0, 10]
	]
		.flatMap(([x, y]) => [
			[x + 1, y],
			[x - 1, y],
			[x, y + 1],
			[x, y - 1]
		])
		.flat()
);

describe('kmeans', () => {
	const seeds = [1, 2, 3, 99];
	it.each(seeds)('seed %i finds the two groups on a line', (seed) => {
		const fit = kmeans(line, 1, 2, { seed });
		expect(fit.withinSS).toBeCloseTo(4, 12);
		expect(Array.from(fit.centers).sort((a, b) => a - b)).toEqual([1, 11]);
		// Points 0, 2, 4 together; 1, 3, 5 together.
		const a = fit.assignment;
		expect(a[0] === a[2] && a[2] === a[4] && a[1] === a[3] && a[3] === a[5] && a[0] !== a[1]).toBe(
			true
		);
		expect(fit.converged).toBe(true);
	});
	it.each(seeds)('seed %i finds three blobs in 2-D', (seed) => {
		const fit = kmeans(blobs, 2, 3, { seed });
		expect(fit.withinSS).toBeCloseTo(12, 12);
		expect(Array.from(fit.sizes).sort()).toEqual([4, 4, 4]);
	});
	it('is deterministic for a seed', () => {
		const a = kmeans(blobs, 2, 5, { seed: 7 });
		const b = kmeans(blobs, 2, 5, { seed: 7 });
		expect(Array.from(a.assignment)).toEqual(Array.from(b.assignment));
		expect(a.withinSS).toBe(b.withinSS);
	});
	it('copes with fewer distinct points than k', () => {
		const fit = kmeans(Float64Array.from([3, 3, 3, 8]), 1, 3, { seed: 1 });
		expect(fit.withinSS).toBe(0);
		expect(fit.sizes.reduce((s, v) => s + v, 0)).toBe(4);
	});
	it('refuses k above the number of points', () => {
		expect(() => kmeans(line, 1, 7)).toThrow(SegmentsError);
	});
});

describe('silhouette', () => {
	// {0,1} vs {10,11}: s(0) = (10.5 − 1)/10.5 = 19/21, s(1) = (9.5 − 1)/9.5 = 17/19, and the
	// mirror images; mean = (19/21 + 17/19) / 2.
	const cases = [
		{ data: [0, 1, 10, 11], assignment: [0, 0, 1, 1], expected: (19 / 21 + 17 / 19) / 2 },
		// A singleton scores 0: {0} vs {4, 6}: s(4) = (4 − 2)/4, s(6) = (6 − 2)/6.
		{ data: [0, 4, 6], assignment: [0, 1, 1], expected: (0 + 0.5 + 2 / 3) / 3 }
	];
	it.each(cases)('$data', ({ data, assignment, expected }) => {
		expect(silhouette(Float64Array.from(data), 1, Int32Array.from(assignment), 2)).toBeCloseTo(
			expected,
			12
		);
	});
});
