// Net margin per customer (amount - cost over rows up to asOf), a pass of its own so that the
// main pass stays small for the common data without a cost column.
import type { Day } from '../types';
import { fromCents, toCents } from '../money';

/** Adds amount - cost of each row with day <= asOf and both numbers present into `margin`. */
export function addMargins(
	customer: Int32Array,
	day: Int32Array,
	amount: Float64Array,
	cost: Float64Array,
	rows: number,
	asOf: Day,
	margin: Float64Array
): void {
	for (let i = 0; i < rows; i++) {
		if (day[i] > asOf) continue;
		const a = amount[i];
		const k = cost[i];
		if (a === a && k === k) margin[customer[i]] += toCents(a) - toCents(k);
	}
	// Summed in cents (exact for whole-cent amounts), returned in currency units.
	for (let c = 0; c < margin.length; c++) margin[c] = fromCents(margin[c]);
}
