import { describe, expect, it } from 'vitest';
import { dayFromISO as d, isoFromDay } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { comparisonWindow, delta, presetWindow } from './comparePeriods';
import { kpiFigures } from './kpiFigures';

// By hand. A: 2024-01-05 10.10, 2024-01-05 0.20 (same day: one order), 2024-02-01 5.00,
// 2024-02-03 −2.00 (a return). B: 2023-12-30 7.00 (first purchase before January),
// 2024-01-20 3.30. C: 2024-03-01 0.10 (after the window).
const tx = transactionsFromRows([
	{ customerId: 'A', date: '2024-01-05', amount: 10.1 },
	{ customerId: 'A', date: '2024-01-05', amount: 0.2 },
	{ customerId: 'A', date: '2024-02-01', amount: 5 },
	{ customerId: 'A', date: '2024-02-03', amount: -2 },
	{ customerId: 'B', date: '2023-12-30', amount: 7 },
	{ customerId: 'B', date: '2024-01-20', amount: 3.3 },
	{ customerId: 'C', date: '2024-03-01', amount: 0.1 }
]);

describe('kpiFigures', () => {
	it.each([
		// January–February: A 2 orders (Jan 5, Feb 1), B 1; revenue 10.1+0.2+5−2+3.3 = 16.60.
		[
			'2024-01-01',
			'2024-02-29',
			{
				customers: 2,
				newCustomers: 1,
				orders: 3,
				revenue: 16.6,
				averageOrder: 5.53,
				repeatRate: 0.5
			}
		],
		// Both ends inclusive: exactly 2024-01-05.
		[
			'2024-01-05',
			'2024-01-05',
			{ customers: 1, newCustomers: 1, orders: 1, revenue: 10.3, averageOrder: 10.3, repeatRate: 0 }
		],
		// All: A 2 orders, B 2, C 1; revenue 23.70 (cent sums: the float sum is 23.699999…).
		[
			'2023-01-01',
			'2024-12-31',
			{
				customers: 3,
				newCustomers: 3,
				orders: 5,
				revenue: 23.7,
				averageOrder: 4.74,
				repeatRate: 2 / 3
			}
		],
		// Nothing bought: no averages.
		[
			'2025-01-01',
			'2025-12-31',
			{ customers: 0, newCustomers: 0, orders: 0, revenue: 0, averageOrder: null, repeatRate: null }
		]
	])('%s … %s', (from, to, want) => {
		const k = kpiFigures(tx, d(from), d(to));
		expect({ ...k, from: isoFromDay(k.from), to: isoFromDay(k.to) }).toEqual({ from, to, ...want });
	});

	// A purchase of 0 (a free item) is a purchase, as RFM and the cohorts count it: E is a customer
	// with one order and no revenue; a return alone (F) is not.
	it.each([
		[
			[{ customerId: 'E', date: '2024-01-10', amount: 0 }],
			{ customers: 1, newCustomers: 1, orders: 1, revenue: 0, averageOrder: 0, repeatRate: 0 }
		],
		[
			[
				{ customerId: 'E', date: '2024-01-10', amount: 0 },
				{ customerId: 'E', date: '2024-01-11', amount: 4 },
				{ customerId: 'F', date: '2024-01-12', amount: -3 }
			],
			{ customers: 1, newCustomers: 1, orders: 2, revenue: 1, averageOrder: 0.5, repeatRate: 1 }
		]
	])('zero amounts: %j', (rows, want) => {
		const k = kpiFigures(transactionsFromRows(rows), d('2024-01-01'), d('2024-01-31'));
		expect(k).toEqual({ from: d('2024-01-01'), to: d('2024-01-31'), ...want });
	});

	it('counts order ids, not days, when the data has them', () => {
		const withOrders = transactionsFromRows([
			{ customerId: 'A', date: '2024-01-05', amount: 1, orderId: 'o1' },
			{ customerId: 'A', date: '2024-01-05', amount: 1, orderId: 'o2' },
			{ customerId: 'A', date: '2024-01-06', amount: 1, orderId: 'o2' }
		]);
		expect(kpiFigures(withOrders, d('2024-01-01'), d('2024-01-31')).orders).toBe(2);
	});
});

describe('comparison windows', () => {
	const w = (a: string, b: string) => ({ from: d(a), to: d(b) });
	const iso = (x: { from: number; to: number } | null) =>
		x && [isoFromDay(x.from), isoFromDay(x.to)];
	it.each([
		['previous', w('2024-04-01', '2024-06-30'), ['2024-01-01', '2024-03-31']],
		['year', w('2024-04-01', '2024-06-30'), ['2023-04-01', '2023-06-30']],
		['year', w('2024-02-29', '2024-02-29'), ['2023-02-28', '2023-02-28']],
		['none', w('2024-04-01', '2024-06-30'), null]
	] as const)('%s of %j', (how, win, want) => {
		expect(iso(comparisonWindow(win, how))).toEqual(want);
	});

	it.each([
		// Twelve months ending 2024-12-31: the twelve before are 2023, whatever the leap day.
		[w('2024-01-01', '2024-12-31'), 12, ['2023-01-01', '2023-12-31']],
		[w('2024-10-01', '2024-12-31'), 3, ['2024-07-01', '2024-09-30']],
		[w('2024-03-01', '2024-05-31'), 3, ['2023-12-01', '2024-02-29']]
	] as const)('previous %j over %i months', (win, months, want) => {
		expect(iso(comparisonWindow(win, 'previous', months))).toEqual(want);
	});

	it.each([
		['all', ['2022-03-10', '2024-05-15']],
		['last3m', ['2024-02-16', '2024-05-15']],
		['last12m', ['2023-05-16', '2024-05-15']],
		['ytd', ['2024-01-01', '2024-05-15']]
	] as const)('preset %s', (preset, want) => {
		expect(iso(presetWindow(preset, d('2022-03-10'), d('2024-05-15')))).toEqual(want);
	});

	it('a preset never starts before the data', () => {
		expect(iso(presetWindow('last12m', d('2024-01-10'), d('2024-05-15')))).toEqual([
			'2024-01-10',
			'2024-05-15'
		]);
	});

	it.each([
		[120, 100, { change: 20, relative: 0.2 }],
		[80, 100, { change: -20, relative: -0.2 }],
		[5, 0, { change: 5, relative: null }],
		[null, 3, null]
	])('delta(%s, %s)', (now, before, want) => {
		expect(delta(now, before)).toEqual(want);
	});
});
