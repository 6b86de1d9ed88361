import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromISO, isoFromDay } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { MISSING_DAY } from '../types';
import { cdnowTable } from './cdnowTable.fixture';
import { customerDays, lastDayAsOf } from './customerDays';

const tx = transactionsFromRows([
	{ customerId: 'b', date: '2024-03-05', amount: 10 },
	{ customerId: 'a', date: '2024-03-02', amount: 5 },
	{ customerId: 'a', date: '2024-01-10', amount: 7 },
	{ customerId: 'b', date: '2024-03-05', amount: 2.5 },
	{ customerId: 'a', date: '2024-03-02', amount: NaN },
	{ customerId: 'c', date: '2024-04-01', amount: 9 },
	{ customerId: 'a', date: '2024-02-01', amount: -3 }
]);

describe('customerDays', () => {
	// By hand: a has 2024-01-10 (7), 2024-03-02 (5 + NaN→0, 2 rows) — its -3 on 2024-02-01 is a
	// return, not a purchase day;
	// b has 2024-03-05 (10 + 2.5, 2 rows); c's only row is on asOf, so it is dropped.
	const cases = [
		{
			id: 'a',
			days: ['2024-01-10', '2024-03-02'],
			spend: [7, 5],
			rows: [1, 2]
		},
		{ id: 'b', days: ['2024-03-05'], spend: [12.5], rows: [2] },
		{ id: 'c', days: [], spend: [], rows: [] }
	];
	const cd = customerDays(tx, dayFromISO('2024-04-01'));
	it.each(cases)('customer $id', ({ id, days, spend, rows }) => {
		const c = cd.customerIds.indexOf(id);
		const from = cd.offsets[c];
		const to = cd.offsets[c + 1];
		expect(Array.from(cd.day.subarray(from, to), isoFromDay)).toEqual(days);
		expect(Array.from(cd.spend.subarray(from, to))).toEqual(spend);
		expect(Array.from(cd.rows.subarray(from, to))).toEqual(rows);
	});
	it('counts rows after asOf', () => {
		expect(cd.rowsAfterAsOf).toBe(1);
		expect(cd.rowsUnusable).toBe(0);
		expect(cd.rowsReturns).toBe(1);
		expect(cd.hasAmount).toBe(true);
	});
	it('drops rows without a customer or a day', () => {
		// Row 1 has no customer (code −1), row 2 a missing day; only row 0 (a, day 100) counts.
		const t = {
			length: 3,
			customer: Int32Array.of(0, -1, 0),
			customerIds: ['a'],
			day: Int32Array.of(100, 101, MISSING_DAY),
			amount: Float64Array.of(1, 2, 3)
		};
		const r = customerDays(t, 200);
		expect(Array.from(r.day)).toEqual([100]);
		expect(Array.from(r.spend)).toEqual([1]);
		expect([r.rowsUnusable, r.rowsAfterAsOf]).toEqual([2, 0]);
	});
	it('sorts a long unsorted history (the packed-key path)', () => {
		// 100 rows for one customer on days 99, 98, ..., 0 with amount = day: reversed order.
		const len = 100;
		const t = {
			length: len,
			customer: new Int32Array(len),
			customerIds: ['a'],
			day: Int32Array.from({ length: len }, (_, i) => len - 1 - i),
			amount: Float64Array.from({ length: len }, (_, i) => len - 1 - i)
		};
		const r = customerDays(t, 1000);
		expect(Array.from(r.day)).toEqual(Array.from({ length: len }, (_, i) => i));
		expect(Array.from(r.spend)).toEqual(Array.from({ length: len }, (_, i) => i));
	});
	it('default asOf is the day after the last row', () => {
		expect(isoFromDay(lastDayAsOf(tx))).toBe('2024-04-02');
	});
	it('CDNOW sample merges to 6,696 customer-days (REFERENCES.md)', () => {
		const text = readFileSync('tests/fixtures/cdnow/CDNOW_sample.txt', 'utf8');
		const t = cdnowTable(text);
		const all = customerDays(t, lastDayAsOf(t));
		expect(t.length).toBe(6919);
		expect(all.day.length).toBe(6696);
		expect(all.customerIds.length).toBe(2357);
	});
});
