// A customer summary (x, t_x, T, mean spend in the summary's time unit) as the customer table the
// RFM, value and clustering code reads: recency = T − t_x and tenure = T converted to days,
// frequency = x + 1 (repeat purchases plus the first), monetary = mean spend × purchases.
// A summary has no dates, so days are counted back from an explicit reference day `asOf`
// standing for the end of observation.
import { unitDays, type ClvUnit } from '../clv';
import type { Day, SummaryTable } from '../types';
import type { CustomerMetrics } from './customerTable';
import type { SegmentsIssue } from './segmentsIssue';
import { validSummaryRows } from './validSummaryRows';

export interface SummaryMetrics extends CustomerMetrics {
	/** Summary rows left out as impossible (see validSummaryRows). */
	dropped: number;
	/** Customers whose mean spend is 0, negative or missing (BTYD summaries give one-time buyers 0). */
	noSpend: number;
}

export function summaryCustomerMetrics(
	table: SummaryTable,
	options: { unit: ClvUnit; asOf: Day }
): SummaryMetrics {
	const { unit, asOf } = options;
	const u = unitDays(unit);
	const { rows, dropped, hasMonetary } = validSummaryRows(table);
	const n = rows.length;
	const ids: string[] = new Array(n);
	const recency = new Int32Array(n);
	const frequency = new Int32Array(n);
	const tenure = new Int32Array(n);
	const first = new Int32Array(n);
	const last = new Int32Array(n);
	const monetary = hasMonetary ? new Float64Array(n) : null;
	const average = hasMonetary ? new Float64Array(n) : null;
	let noSpend = 0;
	for (let k = 0; k < n; k++) {
		const i = rows[k];
		ids[k] = table.ids[i];
		const x = Math.round(table.frequency[i]);
		// Whole days, as the transactions path counts them; t_x ≤ T keeps recency ≥ 0.
		tenure[k] = Math.round(table.T[i] * u);
		recency[k] = Math.round((table.T[i] - table.recency[i]) * u);
		frequency[k] = x + 1;
		first[k] = asOf - tenure[k];
		last[k] = asOf - recency[k];
		if (monetary && average) {
			const m = table.monetary[i];
			const mean = Number.isFinite(m) && m > 0 ? m : 0;
			if (mean === 0) noSpend++;
			average[k] = mean;
			monetary[k] = mean * (x + 1);
		}
	}
	const issues: SegmentsIssue[] = [];
	if (!hasMonetary) issues.push({ code: 'monetary_unavailable' });
	if (n === 0) issues.push({ code: 'no_customers' });
	return {
		asOf,
		length: n,
		index: rows,
		ids,
		recency,
		frequency,
		frequencyRule: 'days',
		monetary,
		average,
		margin: null,
		tenure,
		first,
		last,
		returnsOnly: 0,
		issues,
		dropped,
		noSpend
	};
}
