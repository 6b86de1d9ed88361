import { describe, expect, it } from 'vitest';
import { takeColumn } from './takeRows';

describe('takeColumn', () => {
	const cases = [
		{
			name: 'dictionary recoded by first appearance among kept rows',
			col: {
				type: 'dict' as const,
				labels: ['A', 'B', 'C'],
				codes: Int32Array.from([0, 1, 2, 1, -1])
			},
			rows: [2, 3, 4, 0],
			expected: { type: 'dict', labels: ['C', 'B', 'A'], codes: Int32Array.from([0, 1, -1, 2]) }
		},
		{
			name: 'numbers',
			col: { type: 'number' as const, values: Float64Array.from([1.5, NaN, 3]) },
			rows: [1, 2],
			expected: { type: 'number', values: Float64Array.from([NaN, 3]) }
		},
		{
			name: 'days',
			col: { type: 'day' as const, values: Int32Array.from([10, 20, 30]) },
			rows: [0, 2],
			expected: { type: 'day', values: Int32Array.from([10, 30]) }
		}
	];
	it.each(cases)('$name', ({ col, rows, expected }) => {
		expect(takeColumn(col, Uint32Array.from(rows))).toEqual(expected);
	});
});
