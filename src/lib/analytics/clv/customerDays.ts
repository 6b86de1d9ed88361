// Each customer's purchase days with same-day purchases merged (amounts summed), in day order.
// Counting sort by customer, then a per-customer sort by day: O(n log k) with no per-row objects.
import type { TransactionTable } from '../types';
import { fromCents, toCents } from '../money';

export interface CustomerDays {
	/** Customer c's merged days are positions start[c] .. start[c+1]-1. */
	start: Int32Array;
	day: Int32Array;
	/** Summed amount per merged day (0 when the table has no amounts; NaN amounts count as 0). */
	amount: Float64Array;
	/** Return rows (negative amounts) left out: a return is not a transaction. */
	returns: number;
}

/** Returns (negative amounts) are not transactions: they are left out of the summary. */
const isReturn = (amount: Float64Array | null, i: number) => amount !== null && amount[i] < 0;

export function customerDays(table: TransactionTable): CustomerDays {
	const n = table.length;
	const nc = table.customerIds.length;
	const amount = table.amount;
	const offset = new Int32Array(nc + 1);
	for (let i = 0; i < n; i++) if (!isReturn(amount, i)) offset[table.customer[i] + 1]++;
	for (let c = 0; c < nc; c++) offset[c + 1] += offset[c];
	const fill = offset.slice(0, nc);
	const dayS = new Int32Array(n);
	const amtS = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		if (isReturn(amount, i)) continue;
		const at = fill[table.customer[i]]++;
		dayS[at] = table.day[i];
		const v = amount ? amount[i] : 0;
		// In cents: a day's purchases add exactly (money.ts), as in docs/sql/btyd.duckdb.sql.
		amtS[at] = Number.isFinite(v) ? toCents(v) : 0;
	}
	const start = new Int32Array(nc + 1);
	const day = new Int32Array(n);
	const amt = new Float64Array(n);
	let out = 0;
	const order: number[] = [];
	for (let c = 0; c < nc; c++) {
		start[c] = out;
		const lo = offset[c];
		const hi = offset[c + 1];
		sortBlock(dayS, amtS, lo, hi, order);
		for (let k = lo; k < hi; k++) {
			if (out > start[c] && day[out - 1] === dayS[k]) {
				amt[out - 1] += amtS[k];
			} else {
				day[out] = dayS[k];
				amt[out] = amtS[k];
				out++;
			}
		}
	}
	start[nc] = out;
	let returns = 0;
	if (amount) for (let i = 0; i < n; i++) if (amount[i] < 0) returns++;
	const dayAmount = amt.slice(0, out);
	for (let k = 0; k < out; k++) dayAmount[k] = fromCents(dayAmount[k]);
	return { start, day: day.slice(0, out), amount: dayAmount, returns };
}

/** Sorts days[lo..hi) with their amounts: insertion sort for small blocks, index sort otherwise. */
function sortBlock(
	days: Int32Array,
	amts: Float64Array,
	lo: number,
	hi: number,
	scratch: number[]
) {
	if (hi - lo <= 32) {
		for (let i = lo + 1; i < hi; i++) {
			const d = days[i];
			const a = amts[i];
			let j = i - 1;
			while (j >= lo && days[j] > d) {
				days[j + 1] = days[j];
				amts[j + 1] = amts[j];
				j--;
			}
			days[j + 1] = d;
			amts[j + 1] = a;
		}
		return;
	}
	scratch.length = 0;
	for (let i = lo; i < hi; i++) scratch.push(i);
	scratch.sort((p, q) => days[p] - days[q] || p - q);
	const d = Int32Array.from(scratch, (i) => days[i]);
	const a = Float64Array.from(scratch, (i) => amts[i]);
	days.set(d, lo);
	amts.set(a, lo);
}
