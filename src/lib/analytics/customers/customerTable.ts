// Per-customer behaviour (recency, frequency, monetary, tenure, margin) as of an analysis date.
// One pass over typed arrays; rows after asOf are ignored, which is how a past date is analysed.
import { codeSpan } from './codeSpan';
import type { Day, TransactionTable } from '../types';
import { distinctDays } from './distinctDays';
import { distinctOrders } from './distinctOrders';
import type { SegmentsIssue } from './segmentsIssue';

export interface CustomerMetrics {
	asOf: Day;
	/** Customers with at least one purchase on or before asOf. */
	length: number;
	/** Row → index into the transaction table's customerIds (ascending). */
	index: Int32Array;
	ids: string[];
	/** Days from the last purchase to asOf (0 = bought on asOf). */
	recency: Int32Array;
	/** Distinct purchases (orders or days, see frequencyRule). */
	frequency: Int32Array;
	frequencyRule: 'orders' | 'days';
	/** Net total (returns subtract); null when the data has no amount. */
	monetary: Float64Array | null;
	/** monetary / frequency; null when the data has no amount. */
	average: Float64Array | null;
	/** Net amount minus cost; null without amount or cost. */
	margin: Float64Array | null;
	/** Days from the first purchase to asOf. */
	tenure: Int32Array;
	first: Int32Array;
	last: Int32Array;
	/** Customers left out because every row up to asOf was a return. */
	returnsOnly: number;
	issues: SegmentsIssue[];
}

const NO_DAY_HIGH = 2147483647;
const NO_DAY_LOW = -2147483648;

/**
 * Returns (amount < 0) reduce monetary and margin but are not purchases: they move neither
 * frequency nor the first/last purchase day. Rows with a missing amount (NaN) count as
 * purchases and add nothing to monetary.
 */
export function customerTable(tx: TransactionTable, options: { asOf: Day }): CustomerMetrics {
	const { asOf } = options;
	const nAll = tx.customerIds.length;
	const { customer, day, amount } = tx;
	const cost = amount && tx.cost ? tx.cost : null;
	const orders = tx.order ?? null;
	const rule: 'orders' | 'days' = orders ? 'orders' : 'days';

	const first = new Int32Array(nAll).fill(NO_DAY_HIGH);
	const last = new Int32Array(nAll).fill(NO_DAY_LOW);
	// Marks customers with a return up to asOf, to count those who only returned.
	const returned = new Uint8Array(nAll);
	let orderCount: Int32Array = new Int32Array(nAll);
	let dayCount: Int32Array = new Int32Array(nAll);
	const sum = amount ? new Float64Array(nAll) : null;
	const marginSum = cost ? new Float64Array(nAll) : null;
	// Distinct days are counted in one pass, valid while each customer's days never go back
	// (data in date order, or grouped by customer); distinct orders by remembering each order's
	// customer, valid unless two customers share an order id. Otherwise recount exactly below.
	const dayLast = orders ? new Int32Array(nAll).fill(NO_DAY_LOW) : last;
	const owner = orders ? new Int32Array(codeSpan(orders.codes)).fill(-1) : null;
	let daysInOrder = true;
	let ordersOwned = true;

	// Loop-invariant lookups hoisted: this loop is most of an RFM's time at a million rows.
	const codes = orders !== null ? orders.codes : null;
	const counted = orderCount;
	const daysCounted = dayCount;
	const rows = tx.length;
	for (let i = 0; i < rows; i++) {
		const d = day[i];
		if (d > asOf) continue;
		const c = customer[i];
		if (sum !== null) {
			const a = (amount as Float64Array)[i];
			if (a === a) {
				sum[c] += a;
				if (marginSum !== null) {
					const k = (cost as Float64Array)[i];
					if (k === k) marginSum[c] += a - k;
				}
			}
			if (a < 0) {
				returned[c] = 1;
				continue;
			}
		}
		if (d < first[c]) first[c] = d;
		const code = codes !== null ? codes[i] : -1;
		if (code >= 0) {
			const o = (owner as Int32Array)[code];
			if (o === -1) {
				(owner as Int32Array)[code] = c;
				counted[c]++;
			} else if (o !== c) ordersOwned = false;
		} else {
			const seen = dayLast[c];
			if (d > seen) {
				dayLast[c] = d;
				daysCounted[c]++;
			} else if (d < seen) daysInOrder = false;
		}
		// After the day count: without order ids `dayLast` is `last` itself.
		if (d > last[c]) last[c] = d;
	}
	if (!daysInOrder) {
		let minDay = NO_DAY_HIGH;
		let maxDay = NO_DAY_LOW;
		for (let c = 0; c < nAll; c++) {
			if (first[c] < minDay) minDay = first[c];
			if (last[c] > maxDay) maxDay = last[c];
		}
		dayCount = distinctDays(tx, { asOf, minDay, maxDay }, orders !== null);
	}
	if (!ordersOwned) orderCount = distinctOrders(tx, asOf);

	let n = 0;
	let returnsOnly = 0;
	for (let c = 0; c < nAll; c++) {
		if (first[c] !== NO_DAY_HIGH) n++;
		else if (returned[c]) returnsOnly++;
	}
	const index = new Int32Array(n);
	const ids: string[] = new Array(n);
	const recency = new Int32Array(n);
	const frequency = new Int32Array(n);
	const tenure = new Int32Array(n);
	const firstOut = new Int32Array(n);
	const lastOut = new Int32Array(n);
	const monetary = sum ? new Float64Array(n) : null;
	const average = sum ? new Float64Array(n) : null;
	const margin = marginSum ? new Float64Array(n) : null;
	let j = 0;
	for (let c = 0; c < nAll; c++) {
		if (first[c] === NO_DAY_HIGH) continue;
		index[j] = c;
		ids[j] = tx.customerIds[c];
		recency[j] = asOf - last[c];
		tenure[j] = asOf - first[c];
		firstOut[j] = first[c];
		lastOut[j] = last[c];
		const k = orderCount[c] + dayCount[c];
		frequency[j] = k;
		if (monetary !== null && average !== null && sum !== null) {
			monetary[j] = sum[c];
			average[j] = sum[c] / k;
		}
		if (margin !== null && marginSum !== null) margin[j] = marginSum[c];
		j++;
	}
	const issues: SegmentsIssue[] = [];
	if (!amount) issues.push({ code: 'monetary_unavailable' });
	if (n === 0) issues.push({ code: 'no_customers' });
	return {
		asOf,
		length: n,
		index,
		ids,
		recency,
		frequency,
		frequencyRule: rule,
		monetary,
		average,
		margin,
		tenure,
		first: firstOut,
		last: lastOut,
		returnsOnly,
		issues
	};
}
