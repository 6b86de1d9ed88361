import { describe, expect, it } from 'vitest';
import { summaryTable, type SummaryRow } from './summaryTestTable';
import { validSummaryRows } from './validSummaryRows';

const ok: SummaryRow = { id: 'A', x: 2, tx: 3, T: 5, m: 10 };

// Each case: one row and whether it is usable (reasons in the name).
const cases: { name: string; row: SummaryRow; kept: boolean }[] = [
	{ name: 'a repeat buyer', row: ok, kept: true },
	{ name: 'a one-time buyer (x 0, t_x 0)', row: { ...ok, x: 0, tx: 0, m: 0 }, kept: true },
	{ name: 'last purchase on the last day (t_x = T)', row: { ...ok, tx: 5 }, kept: true },
	{ name: 'blank mean spend is still a customer', row: { ...ok, m: NaN }, kept: true },
	{ name: 'negative x', row: { ...ok, x: -1 }, kept: false },
	{ name: 'blank x', row: { ...ok, x: NaN }, kept: false },
	{ name: 'negative t_x', row: { ...ok, tx: -0.5 }, kept: false },
	{ name: 't_x after T', row: { ...ok, tx: 5.01 }, kept: false },
	{ name: 'blank T', row: { ...ok, T: NaN }, kept: false },
	{ name: 'infinite T', row: { ...ok, T: Infinity }, kept: false },
	{ name: 'a last purchase time without repeats', row: { ...ok, x: 0, tx: 1 }, kept: false },
	{ name: 'no id', row: { ...ok, id: '' }, kept: false }
];

describe('validSummaryRows', () => {
	it.each(cases)('$name', ({ row, kept }) => {
		const r = validSummaryRows(summaryTable([row], 'week'));
		expect([r.rows.length, r.dropped]).toEqual(kept ? [1, 0] : [0, 1]);
	});
	it('keeps the order of the usable rows and says whether any has a spend', () => {
		const t = summaryTable(
			[
				{ ...ok, id: 'A', m: NaN },
				{ ...ok, id: 'B', x: -1, m: 3 },
				{ ...ok, id: 'C', m: NaN }
			],
			'day'
		);
		const r = validSummaryRows(t);
		expect(Array.from(r.rows)).toEqual([0, 2]);
		// B has the only spend but is dropped: the usable rows have none.
		expect(r.hasMonetary).toBe(false);
	});
});
