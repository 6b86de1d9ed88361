import { describe, expect, it } from 'vitest';
import { valueHistogram } from './valueHistogram';

const bar = (x0: number, x1: number, count: number, overflow = false) => ({
	x0,
	x1,
	count,
	overflow
});

describe('valueHistogram', () => {
	const cases = [
		{
			name: 'integers, one bar per value',
			values: [1, 1, 1, 1, 1, 2, 3, 4, 6, 10],
			options: { clip: 1 },
			expected: [5, 1, 1, 1, 0, 1, 0, 0, 0, 1].map((c, k) => bar(k + 1, k + 2, c))
		},
		{
			// 99th percentile = 6 + 0.91·4 = 9.64: bars 1…9, the 10 goes to an overflow bar.
			name: 'integers with a clipped tail',
			values: [1, 1, 1, 1, 1, 2, 3, 4, 6, 10],
			options: {},
			expected: [
				...[5, 1, 1, 1, 0, 1, 0, 0, 0].map((c, k) => bar(k + 1, k + 2, c)),
				bar(10, 10, 1, true)
			]
		},
		{
			// Span 980 / 20 bars = 49 → step 50 from 0.
			name: 'money, nice step 50',
			values: [20, 30, 40, 50, 100, 200, 300, 400, 600, 1000],
			options: { clip: 1 },
			expected: Array.from({ length: 21 }, (_, k) =>
				bar(50 * k, 50 * k + 50, [3, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 1][k] ?? (k === 20 ? 1 : 0))
			)
		},
		{
			// Span 0.25 / 2 = 0.125 → step 0.2; bars [0, 0.2) and [0.2, 0.4).
			name: 'decimals',
			values: [0.1, 0.2, 0.35],
			options: { clip: 1, targetBars: 2 },
			expected: [bar(0, 0.2, 1), bar(0.2, 0.4, 2)]
		},
		{ name: 'one value', values: [7], options: {}, expected: [bar(7, 8, 1)] },
		{ name: 'no values', values: [], options: {}, expected: [] }
	];
	it.each(cases)('$name', ({ values, options, expected }) => {
		expect(valueHistogram(values, options)).toEqual(expected);
	});
});
