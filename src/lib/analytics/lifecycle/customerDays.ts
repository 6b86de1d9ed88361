// Every lifecycle analysis reads purchases as "customer-days": one entry per customer and day
// with the day's summed spend, grouped by customer and sorted by day (the BTYD convention of
// merging same-day records). Built with two counting sorts, so 1M rows stay linear.
import { fromCents, toCents } from '../money';
import { MISSING_DAY, type Day, type TransactionTable } from '../types';
import { LifecycleError } from './lifecycleIssue';

export interface CustomerDays {
	/** Exclusive end of observation: rows on or after asOf are ignored. */
	asOf: Day;
	customerIds: string[];
	/** Customer c owns entries offsets[c] .. offsets[c+1]-1 (no entries = no purchase before asOf). */
	offsets: Int32Array;
	/** Purchase day of each entry, ascending within a customer, distinct. */
	day: Int32Array;
	/**
	 * Summed amount of the day, exact to the cent (NaN amounts count as 0); all 0 when the table
	 * has no amounts.
	 */
	spend: Float64Array;
	/** Transaction rows merged into the entry. */
	rows: Int32Array;
	hasAmount: boolean;
	/** Rows dropped because they fall on or after asOf. */
	rowsAfterAsOf: number;
	/** Rows dropped for a missing customer or day. */
	rowsUnusable: number;
	/** Return rows (negative amounts) left out: returns are not purchases. */
	rowsReturns: number;
}

export function customerDays(tx: TransactionTable, asOf: Day): CustomerDays {
	if (!Number.isInteger(asOf)) throw new LifecycleError({ code: 'bad_as_of' });
	const n = tx.length;
	const nc = tx.customerIds.length;
	const { day, customer, amount } = tx;
	let kept = 0;
	let unusable = 0;
	let returns = 0;
	let minDay = 2147483647;
	const custStart = new Int32Array(nc + 1);
	// A row counts when it has a customer and a real day before asOf; the same test is repeated
	// in the scatter pass below.
	for (let i = 0; i < n; i++) {
		const d = day[i];
		const c = customer[i];
		if (c < 0 || c >= nc || d === MISSING_DAY) {
			unusable++;
			continue;
		}
		if (d >= asOf) continue;
		// A return (negative amount) is not a purchase: it neither makes a customer active nor
		// adds to purchase spend (RFM's monetary nets returns; lifecycle curves show purchases).
		if (amount !== null && amount[i] < 0) {
			returns++;
			continue;
		}
		kept++;
		if (d < minDay) minDay = d;
		custStart[customer[i] + 1]++;
	}
	for (let c = 0; c < nc; c++) custStart[c + 1] += custStart[c];
	// Counting sort by customer, carrying day and amount so later passes read sequentially.
	const fill = custStart.slice(0, nc);
	const sDay = new Int32Array(kept);
	const sAmt = new Float64Array(kept);
	for (let i = 0; i < n; i++) {
		const c = customer[i];
		if (day[i] >= asOf || c < 0 || c >= nc || day[i] === MISSING_DAY) continue;
		if (amount !== null && amount[i] < 0) continue;
		const p = fill[c]++;
		sDay[p] = day[i];
		// In cents until the merge is done: same-day amounts add exactly (money.ts).
		if (amount !== null) {
			const a = amount[i];
			sAmt[p] = a === a ? toCents(a) : 0;
		}
	}
	// Within a customer, sort by day (usually already sorted: files tend to be chronological).
	for (let c = 0; c < nc; c++) sortSlice(sDay, sAmt, custStart[c], custStart[c + 1], minDay);
	// Merge same-day rows per customer (in place: the write index never passes the read index).
	const offsets = new Int32Array(nc + 1);
	const outRows = new Int32Array(kept);
	let m = 0;
	for (let c = 0; c < nc; c++) {
		offsets[c] = m;
		let prev = -2147483648;
		const end = custStart[c + 1];
		for (let j = custStart[c]; j < end; j++) {
			const d = sDay[j];
			const a = sAmt[j];
			if (d !== prev) {
				sDay[m] = d;
				sAmt[m] = a;
				m++;
				prev = d;
			} else sAmt[m - 1] += a;
			outRows[m - 1]++;
		}
	}
	offsets[nc] = m;
	const spend = sAmt.slice(0, m);
	if (amount !== null) for (let j = 0; j < m; j++) spend[j] = fromCents(spend[j]);
	return {
		asOf,
		customerIds: tx.customerIds,
		offsets,
		day: sDay.slice(0, m),
		spend,
		rows: outRows.slice(0, m),
		hasAmount: amount !== null,
		rowsAfterAsOf: n - kept - unusable - returns,
		rowsUnusable: unusable,
		rowsReturns: returns
	};
}

/** Sorts days[from..to) ascending, moving amounts along: insertion sort for short or sorted runs. */
function sortSlice(
	days: Int32Array,
	amounts: Float64Array,
	from: number,
	to: number,
	minDay: number
) {
	let sorted = true;
	for (let j = from + 1; j < to && sorted; j++) sorted = days[j - 1] <= days[j];
	if (sorted) return;
	const len = to - from;
	if (len <= 64) {
		for (let j = from + 1; j < to; j++) {
			const d = days[j];
			const a = amounts[j];
			let k = j - 1;
			while (k >= from && days[k] > d) {
				days[k + 1] = days[k];
				amounts[k + 1] = amounts[k];
				k--;
			}
			days[k + 1] = d;
			amounts[k + 1] = a;
		}
		return;
	}
	// Long unsorted run: pack (day, position) into one float key for a native numeric sort.
	const keys = new Float64Array(len);
	for (let j = 0; j < len; j++) keys[j] = (days[from + j] - minDay) * len + j;
	keys.sort();
	const d0 = days.slice(from, to);
	const a0 = amounts.slice(from, to);
	for (let j = 0; j < len; j++) {
		const src = keys[j] % len;
		days[from + j] = d0[src];
		amounts[from + j] = a0[src];
	}
}

/** The day after the last transaction (every purchase observed); throws on an empty table. */
export function lastDayAsOf(tx: TransactionTable): Day {
	if (tx.length === 0) throw new LifecycleError({ code: 'no_transactions' });
	let max = -2147483648;
	for (let i = 0; i < tx.length; i++) if (tx.day[i] > max) max = tx.day[i];
	return max + 1;
}
