import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { MISSING_DAY } from '../types';
import { cohortTable } from './cohortTable';
import { customerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';

// A: Jan 5 (10), Jan 20 (5), Mar 10 (20); B: single purchase Jan 15 (30); C: Feb 3 (8), Mar 3 (12);
// D: Feb 28 (4) and Apr 5 (after asOf, ignored); E: Mar 31 (6). asOf = Apr 1 (March fully observed).
const rows = [
	{ customerId: 'A', date: '2024-01-05', amount: 10 },
	{ customerId: 'A', date: '2024-01-20', amount: 5 },
	{ customerId: 'A', date: '2024-03-10', amount: 20 },
	{ customerId: 'B', date: '2024-01-15', amount: 30 },
	{ customerId: 'C', date: '2024-02-03', amount: 8 },
	{ customerId: 'C', date: '2024-03-03', amount: 12 },
	{ customerId: 'D', date: '2024-02-28', amount: 4 },
	{ customerId: 'D', date: '2024-04-05', amount: 50 },
	{ customerId: 'E', date: '2024-03-31', amount: 6 }
];
const tx = transactionsFromRows(rows);
const asOf = dayFromISO('2024-04-01');
const cd = customerDays(tx, asOf);

describe('cohortTable by first purchase, monthly', () => {
	const table = cohortTable(cd, { grain: 'month' });
	// Hand computation: Jan cohort {A,B}: k0 both active, revenue 10+5+30=45 → 22.5 each;
	// k1 nobody; k2 A with 20 → 10 each. Feb {C,D}: k0 both, 8+4=12 → 6; k1 C, 12 → 6.
	// Mar {E}: k0 6. Later columns are not observed (null).
	const cases = [
		{
			label: '2024-01-01',
			size: 2,
			active: [2, 0, 1],
			retention: [1, 0, 0.5],
			revenue: [22.5, 0, 10],
			cumulative: [22.5, 22.5, 32.5]
		},
		{
			label: '2024-02-01',
			size: 2,
			active: [2, 1, null],
			retention: [1, 0.5, null],
			revenue: [6, 6, null],
			cumulative: [6, 12, null]
		},
		{
			label: '2024-03-01',
			size: 1,
			active: [1, null, null],
			retention: [1, null, null],
			revenue: [6, null, null],
			cumulative: [6, null, null]
		}
	];
	it.each(cases)('cohort $label', (expected) => {
		const c = table.cohorts.find((x) => x.label === expected.label);
		expect(c).toMatchObject(expected);
	});
	it('size-weighted average curve over observed cohorts', () => {
		// k0: 5 customers, 5 active, revenue 63 → 12.6; k1: Jan+Feb (4), 1 active, revenue 12 → 3,
		// cumulative (45 + 24)/4 = 17.25; k2: Jan only (2), 1 active, 20/2 = 10, cumulative 65/2.
		expect(table.average.size).toEqual([5, 4, 2]);
		expect(table.average.retention).toEqual([1, 0.25, 0.5]);
		expect(table.average.revenue).toEqual([12.6, 3, 10]);
		expect(table.average.cumulative).toEqual([12.6, 17.25, 32.5]);
		expect(table.width).toBe(3);
		expect(table.lastPeriodPartial).toBe(false);
		expect(table.issues).toEqual([]);
	});
});

describe('cohortTable with signup dates', () => {
	// A signed up 2023-12-20 (Dec cohort, first purchase a month later); B signed up 2024-02-01
	// after buying on Jan 15, so that purchase precedes acquisition and is skipped; one more
	// customer signed up 2024-02-10 and never bought. Dec {A}: [0,1,0,1], revenue [0,15,0,20];
	// Feb {B,C,D,non-buyer}: k0 C and D active (2/4), 12/4 = 3; k1 C (1/4), 12/4 = 3. Mar {E}.
	const acquisition = new Int32Array(cd.customerIds.length).fill(MISSING_DAY);
	acquisition[cd.customerIds.indexOf('A')] = dayFromISO('2023-12-20');
	acquisition[cd.customerIds.indexOf('B')] = dayFromISO('2024-02-01');
	const table = cohortTable(cd, {
		grain: 'month',
		acquisitionDays: acquisition,
		nonBuyerAcquisitionDays: Int32Array.of(dayFromISO('2024-02-10'))
	});
	const cases = [
		{ label: '2023-12-01', size: 1, retention: [0, 1, 0, 1], revenue: [0, 15, 0, 20] },
		{
			label: '2024-02-01',
			size: 4,
			retention: [0.5, 0.25, null, null],
			revenue: [3, 3, null, null]
		},
		{
			label: '2024-03-01',
			size: 1,
			retention: [1, null, null, null],
			revenue: [6, null, null, null]
		}
	];
	it.each(cases)('cohort $label', (expected) => {
		expect(table.cohorts.find((x) => x.label === expected.label)).toMatchObject(expected);
	});
	it('skips the empty January cohort and reports the early purchase', () => {
		expect(table.cohorts.map((c) => c.label)).toEqual(['2023-12-01', '2024-02-01', '2024-03-01']);
		expect(table.issues).toEqual([{ code: 'rows_before_acquisition', params: { count: 1 } }]);
	});
});

describe('cohortTable edge cases', () => {
	it('one quarter of data is too short', () => {
		// All purchases fall in 2024-Q1 and asOf − 1 = 2024-03-31 is still Q1: one period.
		expect(() => cohortTable(cd, { grain: 'quarter' })).toThrow(LifecycleError);
		try {
			cohortTable(cd, { grain: 'quarter' });
		} catch (e) {
			expect((e as LifecycleError).issue).toEqual({
				code: 'too_few_periods',
				params: { periods: 1, grain: 'quarter' }
			});
		}
	});
	it('no amounts: counts only, partial last period flagged', () => {
		const noAmount = transactionsFromRows(
			rows.map(({ customerId, date }) => ({ customerId, date }))
		);
		// asOf 2024-03-15 drops E (Mar 31) entirely; A's Mar 10 and C's Mar 3 stay in.
		const t = cohortTable(customerDays(noAmount, dayFromISO('2024-03-15')), { grain: 'month' });
		expect(t.cohorts[0].revenue).toBeNull();
		expect(t.average.revenue).toBeNull();
		expect(t.lastPeriodPartial).toBe(true);
		expect(t.cohorts[0].active).toEqual([2, 0, 1]);
		expect(t.cohorts.map((c) => c.size)).toEqual([2, 2]);
	});
	it('weekly cohorts start on Mondays', () => {
		const t = cohortTable(cd, { grain: 'week' });
		// 2024-01-05 is a Friday: its week starts Monday 2024-01-01.
		expect(t.cohorts[0].label).toBe('2024-01-01');
		expect(t.cohorts[0].size).toBe(1);
		// 2024-01-15 (B) and 2024-01-20 (A's second purchase) share the week of Monday Jan 15.
		expect(t.cohorts[1]).toMatchObject({ label: '2024-01-15', size: 1 });
		expect(t.cohorts[0].active.slice(0, 3)).toEqual([1, 0, 1]);
	});
	it('length mismatch of the signup vector is an issue', () => {
		expect(() => cohortTable(cd, { grain: 'month', acquisitionDays: new Int32Array(2) })).toThrow(
			LifecycleError
		);
	});
});
