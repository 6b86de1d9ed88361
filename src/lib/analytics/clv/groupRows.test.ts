import { describe, expect, it } from 'vitest';
import { groupTransactionRows } from './groupRows';

// By hand: the distinct (x, t_x, T) rows in lexicographic order, their counts, and which one
// each customer has.
const cases = [
	{
		name: 'duplicates far apart, unsorted input',
		x: [3, 0, 1, 0, 3, 1],
		tx: [5, 0, 2, 0, 5, 1],
		T: [9, 7, 9, 7, 9, 9],
		rows: [
			[0, 0, 7],
			[1, 1, 9],
			[1, 2, 9],
			[3, 5, 9]
		],
		weight: [2, 1, 1, 2],
		groupOf: [3, 0, 2, 0, 3, 1]
	},
	{
		name: '-0 and 0 are the same time',
		x: [0, 0],
		tx: [-0, 0],
		T: [4, 4],
		rows: [[0, 0, 4]],
		weight: [2],
		groupOf: [0, 0]
	},
	{
		name: 'fractional weeks stay distinct',
		x: [1, 1, 1],
		tx: [1 / 7, 2 / 7, 1 / 7],
		T: [1, 1, 1],
		rows: [
			[1, 1 / 7, 1],
			[1, 2 / 7, 1]
		],
		weight: [2, 1],
		groupOf: [0, 1, 0]
	}
];

describe('groupTransactionRows', () => {
	it.each(cases)('$name', (c) => {
		const g = groupTransactionRows(
			Float64Array.from(c.x),
			Float64Array.from(c.tx),
			Float64Array.from(c.T)
		);
		// + 0 turns a representative -0 into 0 (toEqual tells them apart; the model cannot).
		const rows = Array.from(g.x, (x, k) => [x + 0, g.tx[k] + 0, g.T[k] + 0]);
		expect(rows).toEqual(c.rows);
		expect(Array.from(g.weight)).toEqual(c.weight);
		expect(Array.from(g.groupOf)).toEqual(c.groupOf);
	});

	it('many customers: weights add up and every customer points at its own row', () => {
		const n = 5000;
		const x = Float64Array.from({ length: n }, (_, i) => i % 7);
		const tx = Float64Array.from({ length: n }, (_, i) => (i % 7) * (i % 3));
		const T = Float64Array.from({ length: n }, (_, i) => 10 + (i % 11));
		const g = groupTransactionRows(x, tx, T);
		// 7 × 3 × 11 combinations, all reached since 7, 3 and 11 are coprime — minus those where
		// x = 0 makes t_x = 0 for every i % 3 (3 → 1), so 6 × 3 × 11 + 1 × 11 = 209.
		expect(g.length).toBe(209);
		expect(g.weight.reduce((a, b) => a + b, 0)).toBe(n);
		for (let i = 0; i < n; i++) {
			const k = g.groupOf[i];
			expect([g.x[k], g.tx[k], g.T[k]]).toEqual([x[i], tx[i], T[i]]);
		}
	});
});
