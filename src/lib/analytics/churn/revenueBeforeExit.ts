// Revenue a departed customer took with them, estimated as their net spend in the year that
// ended with their last purchase (window days up to and including it): the yearly run-rate that
// stops. A stated assumption, not a forecast; customers without purchases lose nothing.
import type { TransactionTable } from '../types';

/** Per customer index of tx.customerIds. */
export function revenueBeforeExit(tx: TransactionTable, windowDays = 365): Float64Array {
	const n = tx.customerIds.length;
	const last = new Int32Array(n).fill(-2147483648);
	for (let i = 0; i < tx.length; i++) {
		const amount = tx.amount ? tx.amount[i] : 0;
		if (amount > 0 && tx.day[i] > last[tx.customer[i]]) last[tx.customer[i]] = tx.day[i];
	}
	const out = new Float64Array(n);
	if (!tx.amount) return out;
	for (let i = 0; i < tx.length; i++) {
		const c = tx.customer[i];
		if (tx.day[i] <= last[c] && tx.day[i] > last[c] - windowDays) out[c] += tx.amount[i];
	}
	return out;
}
