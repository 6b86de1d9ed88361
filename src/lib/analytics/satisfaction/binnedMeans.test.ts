import { describe, expect, it } from 'vitest';
import { binnedMeans } from './binnedMeans';

const f = (xs: number[]) => Float64Array.from(xs);

describe('binnedMeans', () => {
	// Level 0: y = 0, 2 → mean 1, sd √2, half-width t(.975, 1) √2/√2 = 12.706205.
	// Level 1: y = 3, 5, 7 → mean 5, sd 2, half-width t(.975, 2) × 2/√3 = 4.302653 × 1.154701 = 4.968275.
	// Level 2: one answer → no sd, no interval.
	it('means, sds and intervals per level by hand', () => {
		const bins = binnedMeans(f([0, 0, 1, 1, 1, 2, NaN, 3]), f([0, 2, 3, 5, 7, 9, 1, NaN]));
		expect(bins.map((b) => [b.level, b.n, b.mean])).toEqual([
			[0, 2, 1],
			[1, 3, 5],
			[2, 1, 9]
		]);
		expect(bins[0].sd).toBeCloseTo(Math.SQRT2, 12);
		expect(bins[0].ci95![1]).toBeCloseTo(1 + 12.706205, 5);
		expect(bins[1].sd).toBeCloseTo(2, 12);
		expect(bins[1].ci95![0]).toBeCloseTo(5 - 4.968275, 5);
		expect(bins[2].sd).toBeNull();
		expect(bins[2].ci95).toBeNull();
	});
	const cases = [
		// Rescaled 1–10 answers (k − 1)/9 × 10 round to the nearest whole level.
		{ x: [10 / 9, 20 / 9, 50 / 9, 40 / 9], width: 1, levels: [1, 2, 4, 6] },
		{ x: [0.2, 0.9, 1.3, 2.6], width: 0.5, levels: [0, 1, 1.5, 2.5] },
		{ x: [7, 8, 9], width: 2, levels: [8, 10] } // 7/2 = 3.5 rounds to 4 → level 8; 9/2 → 10.
	];
	it.each(cases)('levels with width $width', ({ x, width, levels }) => {
		const bins = binnedMeans(f(x), f(x.map(() => 1)), width);
		expect(bins.map((b) => b.level)).toEqual(levels);
	});
});
