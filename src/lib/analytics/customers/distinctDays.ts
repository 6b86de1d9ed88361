// Exact distinct purchase days per customer for rows in any order. customerTable counts days
// in one pass assuming each customer's rows come in date order; when they do not, this buckets
// the purchase rows' customers by day (a counting sort over the day range) and counts in date
// order, where that assumption holds.
import type { Day, TransactionTable } from '../types';

/**
 * Distinct days per customer index among purchase rows (day <= asOf, amount not negative);
 * with `withoutOrderOnly`, only rows without an order id (code -1) count. [minDay, maxDay]
 * must contain every such row's day.
 */
export function distinctDays(
	tx: TransactionTable,
	range: { asOf: Day; minDay: Day; maxDay: Day },
	withoutOrderOnly: boolean
): Int32Array {
	const { customer, day, amount } = tx;
	const { asOf, minDay } = range;
	const codes = withoutOrderOnly && tx.order ? tx.order.codes : null;
	const counts = new Int32Array(tx.customerIds.length);
	if (range.maxDay < minDay) return counts;
	const start = new Int32Array(range.maxDay - minDay + 2);
	// Slot per row: its day bucket + 1, or 0 when the row does not count.
	const slot = new Int32Array(tx.length);
	for (let i = 0; i < tx.length; i++) {
		const d = day[i];
		if (d > asOf) continue;
		if (amount !== null && amount[i] < 0) continue;
		if (codes !== null && codes[i] >= 0) continue;
		const b = d - minDay + 1;
		slot[i] = b;
		start[b]++;
	}
	for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
	const byDay = new Int32Array(start[start.length - 1]);
	for (let i = 0; i < tx.length; i++) {
		const b = slot[i];
		if (b > 0) byDay[start[b - 1]++] = customer[i];
	}
	// start[b - 1] now marks the end of bucket b; walk the buckets in date order.
	const lastBucket = new Int32Array(counts.length);
	let j = 0;
	for (let b = 1; b < start.length; b++)
		for (const end = start[b - 1]; j < end; j++) {
			const c = byDay[j];
			if (lastBucket[c] !== b) {
				lastBucket[c] = b;
				counts[c]++;
			}
		}
	return counts;
}
