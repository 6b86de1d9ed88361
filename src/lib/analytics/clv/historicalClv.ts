// Historical CLV: each customer's past margin, compounded to `asOf` at the annual rate (money
// earned earlier is worth more today). Purchases after asOf are ignored.
import type { Day, TransactionTable } from '../types';

export interface HistoricalClvOptions {
	asOf: Day;
	margin?: number;
	annualRate?: number;
}

/** Per table customer (indexed like table.customerIds); null when the table has no amounts. */
export function historicalClv(
	table: TransactionTable,
	o: HistoricalClvOptions
): Float64Array | null {
	if (!table.amount) return null;
	const margin = o.margin ?? 1;
	const growth = Math.log1p(o.annualRate ?? 0) / 365.25;
	const out = new Float64Array(table.customerIds.length);
	for (let i = 0; i < table.length; i++) {
		const d = table.day[i];
		const v = table.amount[i];
		if (d > o.asOf || !Number.isFinite(v)) continue;
		out[table.customer[i]] += margin * v * Math.exp(growth * (o.asOf - d));
	}
	return out;
}
