// A customer summary (x, t_x, T, mean repeat spend) as the lifetime-value engine's calibration
// summary, so BG/NBD, Pareto/NBD, MBG/NBD and Gamma-Gamma fit it exactly as they fit a summary
// built from transactions. A summary has no dates and no holdout: the date fields are 0.
import type { ClvSummary } from '../clv';
import type { SummaryTable } from '../types';
import { validSummaryRows } from './validSummaryRows';

export interface SummaryClvSummary extends ClvSummary {
	/** Summary rows left out as impossible (see validSummaryRows). */
	dropped: number;
	/** Repeat buyers without a positive mean spend: left out of the Gamma-Gamma fit. */
	repeatersWithoutSpend: number;
}

export function summaryClvSummary(table: SummaryTable): SummaryClvSummary {
	const { rows, dropped, hasMonetary } = validSummaryRows(table);
	const n = rows.length;
	const x = new Float64Array(n);
	const tx = new Float64Array(n);
	const T = new Float64Array(n);
	const spendCount = new Float64Array(n);
	const meanSpend = new Float64Array(n);
	const calibrationSpend = new Float64Array(n).fill(NaN);
	const ids: string[] = new Array(n);
	let repeatersWithoutSpend = 0;
	for (let k = 0; k < n; k++) {
		const i = rows[k];
		ids[k] = table.ids[i];
		x[k] = table.frequency[i];
		tx[k] = table.recency[i];
		T[k] = table.T[i];
		const m = table.monetary[i];
		// Gamma-Gamma reads a repeat buyer's mean over x repeat purchases; a summary does not say
		// how many of them had a positive amount, so all x count when the mean is positive.
		if (x[k] > 0 && m > 0) {
			spendCount[k] = x[k];
			meanSpend[k] = m;
		} else if (x[k] > 0 && hasMonetary) repeatersWithoutSpend++;
		// The customer's own average as total spend / purchases: the mean stands for every purchase.
		if (m > 0) calibrationSpend[k] = m * (x[k] + 1);
	}
	return {
		unit: table.unit,
		calibrationEnd: 0,
		holdoutEnd: 0,
		holdoutLength: 0,
		length: n,
		ids,
		customer: rows,
		firstDay: new Int32Array(n),
		x,
		tx,
		T,
		spendCount,
		meanSpend,
		calibrationSpend,
		holdoutX: new Float64Array(n),
		hasAmounts: hasMonetary,
		excludedLate: 0,
		nonPositiveSpends: 0,
		returnsExcluded: 0,
		issues: [],
		dropped,
		repeatersWithoutSpend
	};
}
