// The default churn threshold comes from the data: a high percentile of all gaps between a
// customer's consecutive purchase days, so "inactive" means "longer than 9 in 10 usual gaps".
import type { CustomerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';

export interface InactivityThreshold {
	/** Threshold in whole days (at least 1). */
	days: number;
	/** How it was obtained: a percentile of pooled gaps, or given by the caller. */
	method: 'percentile_of_gaps' | 'given';
	/** The percentile used (0–1), when derived. */
	percentile: number | null;
	/** The unrounded percentile value (days), when derived. */
	quantile: number | null;
	/** Number of inter-purchase gaps pooled over all customers. */
	gaps: number;
}

/**
 * Percentile (R type 7: linear between order statistics) of all inter-purchase gaps, rounded to
 * a whole day. Gaps are counted in a histogram, so a million of them cost one linear pass.
 */
export function inactivityThreshold(cd: CustomerDays, percentile = 0.9): InactivityThreshold {
	if (!(percentile > 0 && percentile <= 1))
		throw new LifecycleError({ code: 'bad_percentile', params: { percentile } });
	const { offsets, day } = cd;
	const nc = offsets.length - 1;
	let maxGap = 0;
	let gaps = 0;
	for (let c = 0; c < nc; c++) {
		for (let j = offsets[c] + 1; j < offsets[c + 1]; j++) {
			const g = day[j] - day[j - 1];
			if (g > maxGap) maxGap = g;
			gaps++;
		}
	}
	if (gaps === 0) throw new LifecycleError({ code: 'no_repeat_purchases' });
	const hist = new Float64Array(maxGap + 1);
	for (let c = 0; c < nc; c++)
		for (let j = offsets[c] + 1; j < offsets[c + 1]; j++) hist[day[j] - day[j - 1]]++;
	const h = (gaps - 1) * percentile;
	const lo = Math.floor(h);
	const quantile =
		orderStatistic(hist, lo) +
		(h - lo) * (orderStatistic(hist, Math.min(lo + 1, gaps - 1)) - orderStatistic(hist, lo));
	return {
		days: Math.max(1, Math.round(quantile)),
		method: 'percentile_of_gaps',
		percentile,
		quantile,
		gaps
	};
}

/** Threshold supplied by the caller, validated. */
export function givenThreshold(days: number): InactivityThreshold {
	if (!(Number.isFinite(days) && days >= 1))
		throw new LifecycleError({ code: 'bad_threshold', params: { days: String(days) } });
	return { days: Math.round(days), method: 'given', percentile: null, quantile: null, gaps: 0 };
}

/** The value of the k-th smallest gap (0-based) from a histogram of gap lengths. */
function orderStatistic(hist: Float64Array, k: number): number {
	let seen = 0;
	for (let g = 0; g < hist.length; g++) {
		seen += hist[g];
		if (seen > k) return g;
	}
	return hist.length - 1;
}
