// The headline figures of a transaction log over a window of days (both ends inclusive): the
// KPI strip at the top of each analysis page. Customers are those who bought in the window;
// an order is an order id when the data has one, else a customer's purchase day (the unit the
// RFM frequency counts); returns (negative amounts) lower the revenue but are not orders.
// A purchase is what RFM and the cohorts count as one: any row that is not a return, so a row
// of amount 0 (a free item, a voucher) or without an amount makes a customer and an order.
// Revenue is summed in cents (analytics/money.ts).
import { fromCents, toCents } from '../money';
import type { TransactionTable } from '../types';

export interface KpiFigures {
	from: number;
	to: number;
	/** Customers with at least one purchase in the window. */
	customers: number;
	/** Of those, customers whose first purchase ever falls in the window. */
	newCustomers: number;
	orders: number;
	/** Net revenue (purchases minus returns); null without an amount column. */
	revenue: number | null;
	/** Revenue per order; null without amounts or orders. */
	averageOrder: number | null;
	/** Share of the window's customers with two or more orders in it; null without customers. */
	repeatRate: number | null;
}

export function kpiFigures(tx: TransactionTable, from: number, to: number): KpiFigures {
	const n = tx.customerIds.length;
	const firstDay = new Int32Array(n).fill(2147483647);
	for (let i = 0; i < tx.length; i++) {
		const a = tx.amount ? tx.amount[i] : 1;
		if (!(a < 0) && tx.day[i] < firstDay[tx.customer[i]]) firstDay[tx.customer[i]] = tx.day[i];
	}
	// Orders per customer in the window: distinct order codes, else distinct purchase days.
	const seen = new Set<number>();
	const orders = new Int32Array(n);
	const order = tx.order ?? null;
	let cents = 0;
	for (let i = 0; i < tx.length; i++) {
		const d = tx.day[i];
		if (d < from || d > to) continue;
		const a = tx.amount ? tx.amount[i] : NaN;
		if (a === a) cents += toCents(a);
		if (a < 0) continue;
		const c = tx.customer[i];
		// One number per (customer, order) or (customer, day): codes and days fit in 2^26.
		const key = order ? c * 67108864 + order.codes[i] : c * 67108864 + (d & 67108863);
		if (seen.has(key)) continue;
		seen.add(key);
		orders[c]++;
	}
	let customers = 0;
	let repeat = 0;
	let fresh = 0;
	let total = 0;
	for (let c = 0; c < n; c++) {
		if (orders[c] === 0) continue;
		customers++;
		total += orders[c];
		if (orders[c] >= 2) repeat++;
		if (firstDay[c] >= from && firstDay[c] <= to) fresh++;
	}
	const revenue = tx.amount ? fromCents(cents) : null;
	return {
		from,
		to,
		customers,
		newCustomers: fresh,
		orders: total,
		revenue,
		averageOrder: revenue !== null && total > 0 ? fromCents(Math.round(cents / total)) : null,
		repeatRate: customers > 0 ? repeat / customers : null
	};
}
