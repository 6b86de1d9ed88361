import { describe, expect, it } from 'vitest';
import { dayFromISO, isoFromDay } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { MISSING_DAY } from '../types';
import { flaggedChurn, inactivityChurn } from './churnTimes';
import { customerDays } from './customerDays';
import { customerSurvival } from './customerSurvival';
import { LifecycleError } from './lifecycleIssue';

// Purchase days after 2024-01-01, asOf = day 200 (exclusive):
// A 0, 10, 30, 100 · B 5, 15 · C 0 (single purchase) · D 0, 50 · E 150, 190 ·
// F 20, 120, 170 (a 100-day gap, longer than the threshold, then back).
const d0 = dayFromISO('2024-01-01');
const log: [string, number[]][] = [
	['A', [0, 10, 30, 100]],
	['B', [5, 15]],
	['C', [0]],
	['D', [0, 50]],
	['E', [150, 190]],
	['F', [20, 120, 170]]
];
const tx = transactionsFromRows(
	log.flatMap(([id, days]) =>
		days.map((d) => ({ customerId: id, date: isoFromDay(d0 + d), amount: 1 }))
	)
);
const cd = customerDays(tx, d0 + 200);
const idx = (id: string) => cd.customerIds.indexOf(id);
function expectClose(actual: number[], expected: number[]) {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
}

describe('inactivityChurn (threshold 62 days)', () => {
	// Churned when 200 − last > 62: A (100), B (185), C (200), D (150); E (10) and F (30) active.
	// Event time = last − first; censoring at asOf − first (E 50, F 180) or last − first (40, 150).
	const cases = [
		{ id: 'A', event: 1, asOf: 100, last: 100 },
		{ id: 'B', event: 1, asOf: 10, last: 10 },
		{ id: 'C', event: 1, asOf: 0, last: 0 },
		{ id: 'D', event: 1, asOf: 50, last: 50 },
		{ id: 'E', event: 0, asOf: 50, last: 40 },
		{ id: 'F', event: 0, asOf: 180, last: 150 }
	];
	const atAsOf = inactivityChurn(cd, 62);
	const atLast = inactivityChurn(cd, 62, { censorAt: 'lastPurchase' });
	it.each(cases)('customer $id', ({ id, event, asOf, last }) => {
		expect(atAsOf.event[idx(id)]).toBe(event);
		expect(atAsOf.time[idx(id)]).toBe(asOf);
		expect(atLast.time[idx(id)]).toBe(last);
	});
	it('counts', () => expect([atAsOf.churned, atAsOf.active]).toEqual([4, 2]));
	it('rejects a threshold below one day', () => {
		expect(() => inactivityChurn(cd, 0)).toThrow(LifecycleError);
	});
});

describe('flaggedChurn', () => {
	// Flags A, C, D, F; D dated day 30; F dated day 300 (after asOf, so not churned yet).
	const churned = new Uint8Array(cd.customerIds.length);
	const churnDays = new Int32Array(cd.customerIds.length).fill(MISSING_DAY);
	for (const id of ['A', 'C', 'D', 'F']) churned[idx(id)] = 1;
	churnDays[idx('D')] = d0 + 30;
	churnDays[idx('F')] = d0 + 300;
	const t = flaggedChurn(cd, { churned, churnDays });
	const cases = [
		{ id: 'A', event: 1, time: 100 }, // undated: last purchase − first
		{ id: 'B', event: 0, time: 195 }, // not flagged: asOf − first = 200 − 5
		{ id: 'C', event: 1, time: 0 },
		{ id: 'D', event: 1, time: 30 }, // dated: churn day − first
		{ id: 'E', event: 0, time: 50 },
		{ id: 'F', event: 0, time: 180 }
	];
	it.each(cases)('customer $id', ({ id, event, time }) => {
		expect(t.event[idx(id)]).toBe(event);
		expect(t.time[idx(id)]).toBe(time);
	});
	it('length mismatch is an issue', () => {
		expect(() => flaggedChurn(cd, { churned: [1] })).toThrow(LifecycleError);
	});
});

describe('customerSurvival', () => {
	it('derives the threshold from the gaps and says how', () => {
		// Gaps: A 10, 20, 70 · B 10 · D 50 · E 40 · F 100, 50 → sorted 10 10 20 40 50 50 70 100;
		// 90th percentile (type 7): h = 7 × 0.9 = 6.3 → 70 + 0.3 × 30 = 79 days.
		const s = customerSurvival(cd);
		expect(s.threshold).toMatchObject({ days: 79, method: 'percentile_of_gaps', gaps: 8 });
		expect(s.churn).toEqual({ rule: 'inactivity', churned: 4, active: 2 });
		// Same statuses as with 62 days, so the curve of kaplanMeier.test.ts: median 50.
		expect(s.overall.median).toBe(50);
		expectClose(
			s.overall.points.map((p) => p.survival),
			[5 / 6, 2 / 3, 0.5, 0.25, 0.25]
		);
	});
	it('by monthly acquisition cohort', () => {
		// January {A, B, C, D, F}: 0e 10e 50e 100e 180c → 4/5, 3/5, 2/5, 1/5; median 50.
		// May {E} (first purchase day 150 = 2024-05-30): censored only, no median.
		const s = customerSurvival(cd, { inactiveDays: 62, groupBy: { cohort: 'month' } });
		expect(s.groups.map((g) => g.label)).toEqual(['2024-01-01', '2024-05-01']);
		const jan = s.groups[0].curve;
		expectClose(
			jan.points.map((p) => p.survival),
			[0.8, 0.6, 0.4, 0.2, 0.2]
		);
		expect(jan.median).toBe(50);
		expect(s.groups[1].curve.median).toBeNull();
		expect(s.groups[1].curve.n).toBe(1);
	});
	it('by a category vector, with ungrouped customers left out', () => {
		// Group "x" = {A, B}, "y" = {E}, others -1. x: 10e, 100e → 1/2 then 0; median 10.
		const codes = new Int32Array(cd.customerIds.length).fill(-1);
		codes[idx('A')] = 0;
		codes[idx('B')] = 0;
		codes[idx('E')] = 1;
		const s = customerSurvival(cd, { inactiveDays: 62, groupBy: { codes, labels: ['x', 'y'] } });
		expect(s.groups[0].curve.points.map((p) => p.survival)).toEqual([0.5, 0]);
		expect(s.groups[0].curve.median).toBe(10);
		expect(s.groups[1].curve.n).toBe(1);
	});
	it('single purchases only: the threshold cannot be derived', () => {
		const single = transactionsFromRows([
			{ customerId: 'a', date: '2024-01-01' },
			{ customerId: 'b', date: '2024-02-01' }
		]);
		const cd1 = customerDays(single, dayFromISO('2024-06-01'));
		expect(() => customerSurvival(cd1)).toThrow(LifecycleError);
		// ... but a given threshold works: both churned at time 0, survival drops to 0.
		const s = customerSurvival(cd1, { inactiveDays: 30 });
		expect(s.overall.points).toHaveLength(1);
		expect(s.overall.points[0]).toMatchObject({ time: 0, atRisk: 2, events: 2, survival: 0 });
	});
});
