import { describe, expect, it } from 'vitest';
import {
	accumulatePurchases,
	DAYS_OUT_OF_ORDER,
	NO_DAY_HIGH,
	NO_DAY_LOW,
	ORDERS_INTERLEAVED,
	type PurchaseTotals
} from './accumulatePurchases';

interface Row {
	c: number;
	day: number;
	amount: number;
	order: number;
}

function run(rows: Row[], customers: number, asOf: number, withOrders = true) {
	const last = new Int32Array(customers).fill(NO_DAY_LOW);
	const t: PurchaseTotals = {
		first: new Int32Array(customers).fill(NO_DAY_HIGH),
		last,
		orderCount: new Int32Array(customers),
		dayCount: new Int32Array(customers),
		dayLast: withOrders ? new Int32Array(customers).fill(NO_DAY_LOW) : last,
		sum: new Float64Array(customers),
		returned: new Uint8Array(customers)
	};
	const result = accumulatePurchases(
		Int32Array.from(rows, (r) => r.c),
		Int32Array.from(rows, (r) => r.day),
		Float64Array.from(rows, (r) => r.amount),
		withOrders ? Int32Array.from(rows, (r) => r.order) : null,
		rows.length,
		asOf,
		t
	);
	return { ...result, t };
}

describe('accumulatePurchases', () => {
	// Customer 0: orders 0 (two rows, day 1) and 1 (day 3), a return on day 4 → 2 orders, sum
	// 10 + 5 + 20 - 8 = 27, first 1, last 3. Customer 1: only a return → returns only.
	// Customer 2: a purchase on day 9 > asOf 5 → nothing. Customer 3: return on day 2 then a
	// purchase (order 4) on day 5 = asOf → a buyer with a return, not returns only.
	const rows: Row[] = [
		{ c: 0, day: 1, amount: 10, order: 0 },
		{ c: 0, day: 1, amount: 5, order: 0 },
		{ c: 1, day: 2, amount: -3, order: 2 },
		{ c: 3, day: 2, amount: -1, order: 3 },
		{ c: 0, day: 3, amount: 20, order: 1 },
		{ c: 0, day: 4, amount: -8, order: 1 },
		{ c: 3, day: 5, amount: 7, order: 4 },
		{ c: 2, day: 9, amount: 50, order: 5 }
	];
	it('counts buyers, returns-only customers and distinct orders in one pass', () => {
		const { buyers, returnsOnly, flags, t } = run(rows, 4, 5);
		expect([buyers, returnsOnly, flags]).toEqual([2, 1, 0]);
		expect(Array.from(t.orderCount)).toEqual([2, 0, 0, 1]);
		expect(Array.from(t.sum ?? [])).toEqual([27, -3, 0, 6]);
		expect(Array.from(t.first)).toEqual([1, NO_DAY_HIGH, NO_DAY_HIGH, 5]);
		expect(Array.from(t.last)).toEqual([3, NO_DAY_LOW, NO_DAY_LOW, 5]);
	});

	// Flags by hand: an order seen under a second customer; an order coming back after another
	// (A's order 0, then 1, then 0 again); a customer's days going back (day 3 after day 4, rows
	// without order ids).
	const flagged = [
		{
			name: 'order shared',
			rows: [
				{ c: 0, day: 1, amount: 1, order: 0 },
				{ c: 1, day: 2, amount: 1, order: 0 }
			],
			withOrders: true,
			flags: ORDERS_INTERLEAVED
		},
		{
			name: 'orders interleaved',
			rows: [
				{ c: 0, day: 1, amount: 1, order: 0 },
				{ c: 0, day: 1, amount: 1, order: 1 },
				{ c: 0, day: 1, amount: 1, order: 0 }
			],
			withOrders: true,
			flags: ORDERS_INTERLEAVED
		},
		{
			name: 'days out of order',
			rows: [
				{ c: 0, day: 4, amount: 1, order: -1 },
				{ c: 0, day: 3, amount: 1, order: -1 }
			],
			withOrders: false,
			flags: DAYS_OUT_OF_ORDER
		}
	];
	it.each(flagged)('flags $name', ({ rows: rs, withOrders, flags }) => {
		expect(run(rs, 2, 10, withOrders).flags).toBe(flags);
	});
});
