// The Segments page's key figure for a window: the Gini coefficient of net revenue per customer
// over the customers who bought in the window (analytics/value/gini). A customer whose returns
// in the window exceed the purchases counts as 0, not below: Gini is defined for non-negative
// values, and such a customer brought the window nothing. The buyers are the KPI strip's
// customers (kpiFigures): a purchase of 0 makes a buyer, who counts 0.
import { gini } from '../value/gini';
import { toCents } from '../money';
import type { TransactionTable } from '../types';

/** Null without amounts, without buyers in the window or with no positive revenue. */
export function windowGini(tx: TransactionTable, from: number, to: number): number | null {
	if (!tx.amount) return null;
	const cents = new Float64Array(tx.customerIds.length);
	const bought = new Uint8Array(tx.customerIds.length);
	for (let i = 0; i < tx.length; i++) {
		const d = tx.day[i];
		if (d < from || d > to) continue;
		const a = tx.amount[i];
		const c = tx.customer[i];
		// A purchase without an amount makes a buyer and adds nothing, as in kpiFigures.
		if (!(a < 0)) bought[c] = 1;
		if (a === a) cents[c] += toCents(a);
	}
	const values: number[] = [];
	for (let c = 0; c < cents.length; c++) if (bought[c]) values.push(Math.max(0, cents[c]));
	return gini(values).gini;
}
