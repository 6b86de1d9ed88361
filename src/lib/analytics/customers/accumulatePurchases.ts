// The one pass over a million transaction rows behind customerTable, kept in a function of its
// own: V8 optimises a small function's loop sooner than the same loop inside a large one, and a
// fresh worker runs it before anything is optimised. Per-customer state lives in typed arrays
// indexed by customer code; the caller allocates them and reads them back.
import type { Day } from '../types';
import { fromCents } from '../money';

export interface PurchaseTotals {
	/** First and last purchase day (start at NO_DAY_HIGH and NO_DAY_LOW). */
	first: Int32Array;
	last: Int32Array;
	/** Distinct orders (rows with an order id) and distinct days (rows without one). */
	orderCount: Int32Array;
	dayCount: Int32Array;
	/** Last day counted in dayCount; `last` itself when the table has no order ids. */
	dayLast: Int32Array;
	/** Net amount (returns subtract), summed in cents and given in units; null without amounts. */
	sum: Float64Array | null;
	/** 1 for customers with a return up to asOf (zeros on entry). */
	returned: Uint8Array;
}

/** `first` of a customer without purchases. */
export const NO_DAY_HIGH = 2147483647;
/** `last` of a customer without purchases. */
export const NO_DAY_LOW = -2147483648;

/** A customer's rows went back in time: dayCount is not the distinct-day count. */
export const DAYS_OUT_OF_ORDER = 1;
/**
 * An order id came back after another one, or under a second customer: orderCount is not the
 * distinct-order count.
 */
export const ORDERS_INTERLEAVED = 2;

/**
 * Adds rows 0…rows-1 with day <= asOf into `t`. Returns (amount < 0) add to sum and mark
 * `returned` only; NaN amounts are purchases adding nothing. Returns the number of customers
 * with a purchase and of those with only returns (counted here to spare a pass over the
 * customers), and the flags.
 */
export function accumulatePurchases(
	customer: Int32Array,
	day: Int32Array,
	amount: Float64Array | null,
	codes: Int32Array | null,
	rows: number,
	asOf: Day,
	t: PurchaseTotals
): { buyers: number; returnsOnly: number; flags: number } {
	// Fields read once into locals: the loop then touches only typed arrays.
	const { first, last, orderCount, dayCount, dayLast, sum, returned } = t;
	let flags = 0;
	let buyers = 0;
	// Customers with a return, and those of them with a purchase too: each counted once, when
	// the second of its two conditions first holds.
	let returners = 0;
	let returnersBuying = 0;
	// The latest order's code (the largest so far) and its customer.
	let lastCode = -1;
	let lastBuyer = -1;
	for (let i = 0; i < rows; i++) {
		const d = day[i];
		if (d > asOf) continue;
		const c = customer[i];
		if (amount !== null) {
			const a = amount[i];
			// In cents, inline (see money.ts toCents): whole cents add as exact integers.
			if (a === a) {
				const x = a * 100;
				const r = Math.round(x);
				const e = x - r;
				(sum as Float64Array)[c] += (e < 0 ? -e : e) <= 1e-6 + (r < 0 ? -r : r) * 4.5e-16 ? r : x;
			}
			if (a < 0) {
				if (returned[c] === 0) {
					returned[c] = 1;
					returners++;
					returnersBuying += +(first[c] !== NO_DAY_HIGH);
				}
				continue;
			}
		}
		const f = first[c];
		if (d < f) {
			if (f === NO_DAY_HIGH) {
				buyers++;
				returnersBuying += returned[c];
			}
			first[c] = d;
		}
		const code = codes !== null ? codes[i] : -1;
		if (code >= 0) {
			// Distinct orders without a table per order id: dictionary codes number the ids in order
			// of first appearance, and an order's rows come together, so a purchase row either
			// continues the latest order or starts one with a larger code than any before.
			if (code > lastCode) {
				lastCode = code;
				lastBuyer = c;
				orderCount[c]++;
			} else if (code !== lastCode || c !== lastBuyer) flags |= ORDERS_INTERLEAVED;
		} else {
			// Distinct days in one pass, valid while each customer's days never go back.
			const seen = dayLast[c];
			if (d > seen) {
				dayLast[c] = d;
				dayCount[c]++;
			} else if (d < seen) flags |= DAYS_OUT_OF_ORDER;
		}
		// After the day count: without order ids `dayLast` is `last` itself.
		if (d > last[c]) last[c] = d;
	}
	// Cents back to currency units: each total the double nearest its exact decimal value.
	if (sum !== null) for (let c = 0; c < sum.length; c++) sum[c] = fromCents(sum[c]);
	return { buyers, returnsOnly: returners - returnersBuying, flags };
}
