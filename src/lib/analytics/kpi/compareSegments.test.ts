import { describe, expect, it } from 'vitest';
import { dayFromISO as d } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { compareSegments } from './compareSegments';

// Customers in first-appearance order: A=0, B=1, C=2, D=3. Before = 2023, now = 2024.
const rows = [
	{ customerId: 'A', date: '2023-03-01', amount: 10.1 },
	{ customerId: 'B', date: '2023-06-01', amount: 20.2 },
	{ customerId: 'A', date: '2024-02-01', amount: 5 },
	{ customerId: 'A', date: '2024-02-02', amount: -1.5 },
	{ customerId: 'C', date: '2024-05-01', amount: 7.3 },
	{ customerId: 'D', date: '2024-06-01', amount: -2 },
	{ customerId: 'B', date: '2022-12-31', amount: 100 }
];
const tx = transactionsFromRows(rows);
const before = { from: d('2023-01-01'), to: d('2023-12-31') };
const now = { from: d('2024-01-01'), to: d('2024-12-31') };
const keys = ['gold', 'silver'];

/**
 * One expected row: customers now and before with their hand-computed change, revenue now and
 * before. The revenue change is now − before, relative to before (none when before is 0).
 */
function row(
	key: string,
	[customersNow, customersBefore]: [number, number],
	customers: { change: number; relative: number | null },
	[revenueNow, revenueBefore]: [number, number]
) {
	const change = revenueNow - revenueBefore;
	return {
		key,
		customersNow,
		customersBefore,
		customers,
		revenueNow,
		revenueBefore,
		revenue: { change, relative: revenueBefore === 0 ? null : change / revenueBefore }
	};
}

describe('compareSegments', () => {
	it.each([
		{
			name: 'A gold → silver, B silver → silver, C new → gold, D never a customer',
			segBefore: ['gold', 'silver', 'new', 'new'],
			segNow: ['silver', 'silver', 'gold', 'new'],
			// gold now: C (1), revenue 7.30; before: A (1), 10.10 — Δ 0 customers, −2.80.
			// silver now: A, B (2), revenue A 5 − 1.5 = 3.50 (B nothing in 2024); before: B (1),
			// 20.20 (the 2022 purchase is outside the window). Outside now: D's −2.00.
			expected: {
				rows: [
					row('gold', [1, 1], { change: 0, relative: 0 }, [7.3, 10.1]),
					row('silver', [2, 1], { change: 1, relative: 1 }, [3.5, 20.2])
				],
				outsideNow: -2,
				outsideBefore: 0
			}
		},
		{
			name: 'a segment empty before: no percentage of nothing',
			segBefore: ['silver', 'silver', 'new', 'new'],
			segNow: ['gold', 'silver', 'silver', 'silver'],
			// gold now A: 3.50; before nobody, 0. silver now B, C, D: 7.30 − 2 = 5.30; before A, B:
			// 10.10 + 20.20 = 30.30.
			expected: {
				rows: [
					row('gold', [1, 0], { change: 1, relative: null }, [3.5, 0]),
					row('silver', [3, 2], { change: 1, relative: 0.5 }, [5.3, 30.3])
				],
				outsideNow: 0,
				outsideBefore: 0
			}
		}
	])('$name', ({ segBefore, segNow, expected }) => {
		const r = compareSegments(tx, keys, segNow, segBefore, now, before);
		expect(r.outsideNow).toBe(expected.outsideNow);
		expect(r.outsideBefore).toBe(expected.outsideBefore);
		r.rows.forEach((row, i) => {
			const e = expected.rows[i];
			expect(row.key).toBe(e.key);
			expect([row.customersNow, row.customersBefore]).toEqual([e.customersNow, e.customersBefore]);
			expect(row.customers).toEqual(e.customers);
			// Revenue in cents is exact: 5.30, not 5.300000000000001.
			expect([row.revenueNow, row.revenueBefore]).toEqual([e.revenueNow, e.revenueBefore]);
			expect(row.revenue?.change).toBeCloseTo(e.revenue.change, 9);
			if (e.revenue.relative === null) expect(row.revenue?.relative).toBeNull();
			else expect(row.revenue?.relative).toBeCloseTo(e.revenue.relative, 9);
		});
	});

	it('without amounts: counts only', () => {
		const t = transactionsFromRows(rows.map(({ customerId, date }) => ({ customerId, date })));
		const r = compareSegments(t, keys, ['gold', 'gold', 'silver', 'new'], ['gold'], now, before);
		expect(r.rows.map((x) => [x.customersNow, x.customersBefore, x.revenueNow])).toEqual([
			[2, 1, null],
			[1, 0, null]
		]);
		expect(r.outsideNow).toBeNull();
	});
});
