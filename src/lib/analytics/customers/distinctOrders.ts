// Exact distinct order ids per customer when an order id appears under several customers (a
// data error customerTable detects). Rows are bucketed by customer and order ids stamped per
// customer, so each customer counts each of its orders once.
import type { Day, TransactionTable } from '../types';
import { codeSpan } from './codeSpan';

/** Distinct order ids per customer index among purchase rows (day <= asOf, amount >= 0). */
export function distinctOrders(tx: TransactionTable, asOf: Day): Int32Array {
	const n = tx.customerIds.length;
	const counts = new Int32Array(n);
	const orders = tx.order;
	if (!orders) return counts;
	const { customer, day, amount } = tx;
	const keep = (i: number) =>
		day[i] <= asOf && !(amount !== null && amount[i] < 0) && orders.codes[i] >= 0;
	const start = new Int32Array(n + 1);
	for (let i = 0; i < tx.length; i++) if (keep(i)) start[customer[i] + 1]++;
	for (let c = 0; c < n; c++) start[c + 1] += start[c];
	const rows = new Int32Array(start[n]);
	const fill = start.slice(0, n);
	for (let i = 0; i < tx.length; i++) if (keep(i)) rows[fill[customer[i]]++] = i;
	const mark = new Int32Array(codeSpan(orders.codes));
	for (let c = 0; c < n; c++)
		for (let j = start[c]; j < start[c + 1]; j++) {
			const code = orders.codes[rows[j]];
			if (mark[code] !== c + 1) {
				mark[code] = c + 1;
				counts[c]++;
			}
		}
	return counts;
}
