import { describe, expect, it } from 'vitest';
import { customerDays } from '../lifecycle/index';
import type { TransactionTable } from '../types';
import { churnReasons } from './churnReasons';
import { complaintIceberg } from './complaintIceberg';
import { retentionAfter } from './retentionAfter';
import { revenueBeforeExit } from './revenueBeforeExit';

function table(rows: [string, number, number][]): TransactionTable {
	const ids: string[] = [];
	const customer = Int32Array.from(
		rows.map(([c]) => (ids.includes(c) ? ids.indexOf(c) : ids.push(c) - 1))
	);
	return {
		length: rows.length,
		customer,
		customerIds: ids,
		day: Int32Array.from(rows.map(([, d]) => d)),
		amount: Float64Array.from(rows.map(([, , a]) => a))
	};
}

describe('churnReasons', () => {
	// Departed = a reason or a type: rows 0, 2, 3, 5, 6 (rows 1 and 4 are not departed).
	const reasons = ['price', '', 'service', 'price', null, 'price', ''];
	const types = ['active', '', 'passive', 'active', null, '主动流失', 'passive'];
	const revenue = [100, 50, 300, 20, 999, 30, 5];

	it('shares and the cumulative line of the customer Pareto (ties broken by revenue)', () => {
		const r = churnReasons(reasons, types, revenue);
		expect(r).toMatchObject({ left: 5, active: 3, passive: 2, untyped: 0 });
		expect(r.reasons.map((x) => [x.reason, x.customers, x.revenueLost])).toEqual([
			['price', 3, 150],
			['service', 1, 300],
			['', 1, 5]
		]);
		expect(r.reasons.map((x) => x.share)).toEqual([0.6, 0.2, 0.2]);
		expect(r.reasons[1].cumulativeShare).toBeCloseTo(0.8, 12);
		expect(r.reasons[2].cumulativeShare).toBeCloseTo(1, 12);
	});

	it('the lost-revenue Pareto: service 300 / 455 first, then price 150 / 455', () => {
		const r = churnReasons(reasons, types, revenue);
		expect(r.byRevenue!.map((x) => x.reason)).toEqual(['service', 'price', '']);
		expect(r.byRevenue![0].revenueShare).toBeCloseTo(300 / 455, 12);
		expect(r.byRevenue![1].cumulativeShare).toBeCloseTo(450 / 455, 12);
	});

	it('without revenue or types', () => {
		const r = churnReasons(['need', 'need', 'other'], null);
		expect(r).toMatchObject({ left: 3, active: 0, passive: 0, untyped: 3, byRevenue: null });
		expect(r.reasons[0]).toMatchObject({ reason: 'need', customers: 2, revenueLost: null });
	});
});

describe('revenueBeforeExit', () => {
	it('sums net spend in the 365 days that end with the last purchase', () => {
		const tx = table([
			['X', 0, 100],
			['X', 300, 50],
			['X', 400, -20],
			['X', 500, 80],
			['X', 510, -30], // a return after the last purchase is not in the window
			['Y', 20, -5], // only a return: no purchase, nothing lost
			['Z', 10, 5]
		]);
		// X: days 136..500 → 50 − 20 + 80 = 110.
		expect(Array.from(revenueBeforeExit(tx))).toEqual([110, 0, 5]);
	});
});

describe('complaintIceberg', () => {
	it('counts dissatisfied respondents who complained and who stayed silent', () => {
		const r = complaintIceberg(
			['a', 'b', 'c', 'd', 'e', null, 'f'],
			[2, 5, 6, 9, NaN, 1, 3],
			new Set(['b', 'd']),
			5
		);
		expect(r).toEqual({
			respondents: 5,
			dissatisfied: 3,
			complainedDissatisfied: 1,
			silentDissatisfied: 2,
			silentPerComplaint: 2,
			complainedSatisfied: 1
		});
	});

	it('no complaint among the dissatisfied: no ratio', () => {
		expect(complaintIceberg(['a'], [1], new Set(), 5).silentPerComplaint).toBeNull();
	});
});

describe('retentionAfter', () => {
	// asOf 300, threshold 90. P: last 100 → churned, 100 − 40 = 60 days after the complaint.
	// Q: last 250 → active, censored at 300 − 20 = 280. R: last 5 < complaint day 8 → churned at 0.
	const tx = table([
		['P', 10, 1],
		['P', 50, 1],
		['P', 100, 1],
		['Q', 10, 1],
		['Q', 250, 1],
		['R', 5, 1]
	]);
	const cd = customerDays(tx, 300);
	const groups = retentionAfter(
		[
			{ customerId: 'P', day: 40, group: 'well' },
			{ customerId: 'Q', day: 20, group: 'well' },
			{ customerId: 'R', day: 8, group: 'badly' },
			{ customerId: 'nobody', day: 8, group: 'badly' }
		],
		cd,
		90
	);
	it('times, events and the survival steps', () => {
		const well = groups.find((g) => g.group === 'well')!;
		expect(well).toMatchObject({ n: 2, churned: 1 });
		expect(well.curve.points.map((p) => [p.time, p.survival])).toEqual([
			[60, 0.5],
			[280, 0.5]
		]);
		const badly = groups.find((g) => g.group === 'badly')!;
		expect(badly).toMatchObject({ n: 1, churned: 1 });
		expect(badly.curve.points.map((p) => [p.time, p.survival])).toEqual([[0, 0]]);
	});
});
