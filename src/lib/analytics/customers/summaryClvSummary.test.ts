import { describe, expect, it } from 'vitest';
import { summaryClvSummary } from './summaryClvSummary';
import { summaryTable, type SummaryRow } from './summaryTestTable';

// Per row, by hand: [x, t_x, T, Gamma-Gamma count, Gamma-Gamma mean, own total spend].
// A repeat buyer with a mean spend counts all x repeats at that mean; total = mean·(x + 1).
// A one-time buyer (BTYD gives 0) and a repeat buyer without a spend add nothing to Gamma-Gamma
// and have no own average (NaN).
const cases: { name: string; row: SummaryRow; want: number[] }[] = [
	{
		name: 'repeat buyer',
		row: { id: 'A', x: 2, tx: 30.43, T: 38.86, m: 22.35 },
		want: [2, 30.43, 38.86, 2, 22.35, 67.05]
	},
	{
		name: 'one-time buyer',
		row: { id: 'B', x: 0, tx: 0, T: 38.86, m: 0 },
		want: [0, 0, 38.86, 0, 0, NaN]
	},
	{
		name: 'one-time buyer with a spend',
		row: { id: 'C', x: 0, tx: 0, T: 10, m: 12 },
		want: [0, 0, 10, 0, 0, 12]
	},
	{
		name: 'repeat buyer without a spend',
		row: { id: 'D', x: 3, tx: 5, T: 9, m: NaN },
		want: [3, 5, 9, 0, 0, NaN]
	}
];

describe('summaryClvSummary', () => {
	it.each(cases)('$name', ({ row, want }) => {
		const s = summaryClvSummary(summaryTable([row], 'week'));
		const got = [s.x[0], s.tx[0], s.T[0], s.spendCount[0], s.meanSpend[0], s.calibrationSpend[0]];
		got.forEach((v, k) =>
			Number.isNaN(want[k]) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(want[k], 9)
		);
	});

	it('keeps usable rows with their ids, counts the rest, and has no holdout', () => {
		const s = summaryClvSummary(
			summaryTable(
				[
					{ id: 'A', x: 2, tx: 3, T: 5, m: 10 },
					{ id: 'B', x: 1, tx: 7, T: 5, m: 10 },
					{ id: 'C', x: 4, tx: 4, T: 6, m: 0 }
				],
				'month'
			)
		);
		expect([s.length, s.dropped, s.repeatersWithoutSpend]).toEqual([2, 1, 1]);
		expect(s.ids).toEqual(['A', 'C']);
		expect(Array.from(s.customer)).toEqual([0, 2]);
		expect([s.unit, s.holdoutLength, s.hasAmounts]).toEqual(['month', 0, true]);
	});

	it('a summary without spends has no amounts', () => {
		const s = summaryClvSummary(summaryTable([{ id: 'A', x: 1, tx: 1, T: 2, m: NaN }], 'day'));
		expect(s.hasAmounts).toBe(false);
		expect(s.repeatersWithoutSpend).toBe(0);
	});
});
