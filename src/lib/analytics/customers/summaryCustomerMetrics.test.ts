import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clvSummary } from '../clv';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { customerTable } from './customerTable';
import { summaryCustomerMetrics } from './summaryCustomerMetrics';
import { summaryTable, type SummaryRow } from './summaryTestTable';

// By hand, reference day asOf = 1000:
// weeks: A x 2, t_x 3, T 5 → recency (5−3)·7 = 14 days, tenure 35, F 3, M total 10·3 = 30.
// days:  B x 0, t_x 0, T 4, m 0 (BTYD: one-time buyers carry 0) → recency 4, tenure 4, F 1, M 0.
// months: C x 1, t_x 1, T 2.5, m 8 → a month is 365.25/12 = 30.4375 days: recency 1.5·30.4375
//   = 45.66 → 46, tenure 76.09 → 76, F 2, M 16.
// weeks, t_x with 2 d.p.: D x 1, t_x 30.43, T 38.86 → (8.43·7 = 59.01) → 59, 272.02 → 272.
const cases: {
	name: string;
	row: SummaryRow;
	unit: 'day' | 'week' | 'month';
	want: [number, number, number, number, number, number, number];
}[] = [
	{
		name: 'weeks',
		row: { id: 'A', x: 2, tx: 3, T: 5, m: 10 },
		unit: 'week',
		want: [14, 35, 3, 30, 10, 986, 965]
	},
	{
		name: 'days, one-time buyer',
		row: { id: 'B', x: 0, tx: 0, T: 4, m: 0 },
		unit: 'day',
		want: [4, 4, 1, 0, 0, 996, 996]
	},
	{
		name: 'months',
		row: { id: 'C', x: 1, tx: 1, T: 2.5, m: 8 },
		unit: 'month',
		want: [46, 76, 2, 16, 8, 954, 924]
	},
	{
		name: 'weeks to 2 d.p.',
		row: { id: 'D', x: 1, tx: 30.43, T: 38.86, m: 22.35 },
		unit: 'week',
		want: [59, 272, 2, 44.7, 22.35, 941, 728]
	}
];

describe('summaryCustomerMetrics', () => {
	it.each(cases)('$name', ({ row, unit, want }) => {
		const t = summaryCustomerMetrics(summaryTable([row], unit), { unit, asOf: 1000 });
		expect([
			t.recency[0],
			t.tenure[0],
			t.frequency[0],
			t.monetary?.[0],
			t.average?.[0],
			t.last[0],
			t.first[0]
		]).toEqual(want);
		expect(t.ids).toEqual([row.id]);
	});

	it('counts dropped rows and customers without spend; no monetary column means no M', () => {
		const rows: SummaryRow[] = [
			{ id: 'A', x: 2, tx: 3, T: 5, m: 10 },
			{ id: 'B', x: 0, tx: 0, T: 4, m: 0 },
			{ id: 'C', x: 1, tx: 6, T: 4, m: 5 }
		];
		const t = summaryCustomerMetrics(summaryTable(rows, 'week'), { unit: 'week', asOf: 0 });
		expect([t.length, t.dropped, t.noSpend]).toEqual([2, 1, 1]);
		expect(Array.from(t.index)).toEqual([0, 1]);
		const blank = rows.map((r) => ({ ...r, m: NaN }));
		const u = summaryCustomerMetrics(summaryTable(blank, 'week'), { unit: 'week', asOf: 0 });
		expect([u.monetary, u.average]).toEqual([null, null]);
		expect(u.issues).toEqual([{ code: 'monetary_unavailable' }]);
	});

	it('an empty summary says no_customers', () => {
		const t = summaryCustomerMetrics(summaryTable([], 'week'), { unit: 'week', asOf: 0 });
		expect(t.issues.map((i) => i.code)).toContain('no_customers');
	});

	it('the engine summary of the teaching sample gives the transactions path R, F and tenure', () => {
		// Summary at the calibration end C: T − t_x = (C − last)/7 weeks, so recency in days is
		// C − last, exactly what customerTable gives as of C; x + 1 is the distinct purchase days.
		const text = readFileSync('static/samples/retail/transactions.csv', 'utf8').trim().split('\n');
		const head = text[0].split(',');
		const col = (name: string) => head.indexOf(name);
		const rows = text.slice(1).map((l) => {
			const f = l.split(',');
			return {
				customerId: f[col('customer_id')],
				date: f[col('date')],
				amount: Number(f[col('amount')])
			};
		});
		const tx = transactionsFromRows(rows);
		const C = dayFromISO('2023-12-31');
		const s = clvSummary(tx, { calibrationEnd: C, unit: 'week' });
		const table = summaryTable(
			s.ids.map((id, i) => ({ id, x: s.x[i], tx: s.tx[i], T: s.T[i], m: s.meanSpend[i] })),
			'week'
		);
		const fromSummary = summaryCustomerMetrics(table, { unit: 'week', asOf: C });
		const fromTx = customerTable(tx, { asOf: C });
		expect(fromSummary.length).toBe(fromTx.length);
		expect(fromSummary.length).toBeGreaterThan(1000);
		const at = new Map(fromTx.ids.map((id, j) => [id, j]));
		let same = 0;
		for (let k = 0; k < fromSummary.length; k++) {
			const j = at.get(fromSummary.ids[k])!;
			if (
				fromSummary.recency[k] === fromTx.recency[j] &&
				fromSummary.frequency[k] === fromTx.frequency[j] &&
				fromSummary.tenure[k] === fromTx.tenure[j]
			)
				same++;
		}
		expect(same).toBe(fromSummary.length);
	});
});
