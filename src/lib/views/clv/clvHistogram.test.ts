import { describe, expect, it } from 'vitest';
import { clvHistogram } from './clvHistogram';

describe('clvHistogram', () => {
	const cases = [
		{
			// The 99th percentile of 0..9 is the value at index floor(0.99·9) = 8, so bins cover
			// 0..8 in d3's nice step 2 and the last bin [6, ∞) is open: 6, 7, 8, 9.
			name: 'ten values, five nice bins, open top',
			values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
			bins: 5,
			edges: [0, 2, 4, 6, 8],
			counts: [2, 2, 2, 4],
			openTop: true,
			missing: 0
		},
		{
			name: 'NaN (no CLV) is counted apart',
			values: [1, NaN, 3, Infinity],
			bins: 2,
			// Finite values 1 and 3: the percentile is 1 = the minimum, so the range is 1..3, step
			// 1, edges 1, 2, 3; 3 sits on the top edge and goes into the last (closed) bin.
			edges: [1, 2, 3],
			counts: [1, 1],
			openTop: false,
			missing: 2
		},
		{
			name: 'all equal: one bin',
			values: [4, 4, 4],
			bins: 10,
			edges: [4, 4],
			counts: [3],
			openTop: false,
			missing: 0
		},
		{
			name: 'nothing finite',
			values: [NaN],
			bins: 10,
			edges: [],
			counts: [],
			openTop: false,
			missing: 1
		}
	];
	it.each(cases)('$name', ({ name: _name, values, bins, ...expected }) =>
		expect(clvHistogram(values, bins)).toEqual(expected)
	);
	it('a long tail goes into an open top bin at the 99th percentile', () => {
		// 199 values 0..198 and one of 10,000: the 99th percentile (index floor(0.99·199) = 197)
		// is 197, so bins of 20 cover 0..200 and the 10,000 lands in the last one.
		const values = [...Array.from({ length: 199 }, (_, k) => k), 10000];
		const h = clvHistogram(values, 10);
		expect(h.edges).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
		expect(h.openTop).toBe(true);
		expect(h.counts.reduce((a, b) => a + b, 0)).toBe(200);
		expect(h.counts.at(-1)).toBe(19 + 1);
	});
	it('negative CLV (returns) gets bins below zero', () => {
		const h = clvHistogram([-5, -1, 2, 4], 4);
		expect(h.edges[0]).toBeLessThanOrEqual(-5);
		expect(h.counts.reduce((a, b) => a + b, 0)).toBe(4);
	});
});
