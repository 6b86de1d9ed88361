// Distinct orders per customer for rows in any order, in one pass with a table over the order
// codes: each order counts for the customer it is first seen with. customerTable's own pass
// counts orders without that table while an order's rows come together; when they do not,
// this recounts. Null when an order id appears under two customers (a data error), which
// distinctOrders settles.
import type { Day, TransactionTable } from '../types';
import { codeSpan } from './codeSpan';

/** Distinct order ids per customer index among purchase rows (day <= asOf, amount not < 0). */
export function ownedOrders(tx: TransactionTable, asOf: Day): Int32Array | null {
	const counts = new Int32Array(tx.customerIds.length);
	if (!tx.order) return counts;
	const codes = tx.order.codes;
	// owner[code] = 1 + the customer the order was first seen with; 0 before.
	const owner = new Int32Array(codeSpan(codes));
	const shared = countOwned(tx.customer, tx.day, tx.amount, codes, tx.length, asOf, owner, counts);
	return shared ? null : counts;
}

function countOwned(
	customer: Int32Array,
	day: Int32Array,
	amount: Float64Array | null,
	codes: Int32Array,
	rows: number,
	asOf: Day,
	owner: Int32Array,
	counts: Int32Array
): boolean {
	let shared = false;
	for (let i = 0; i < rows; i++) {
		const code = codes[i];
		if (code < 0 || day[i] > asOf || (amount !== null && amount[i] < 0)) continue;
		const c = customer[i];
		const o = owner[code];
		if (o === 0) {
			owner[code] = c + 1;
			counts[c]++;
		} else if (o !== c + 1) shared = true;
	}
	return shared;
}
