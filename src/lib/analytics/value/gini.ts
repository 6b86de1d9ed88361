// Gini coefficient of customer value: 0 = everyone worth the same, → 1 = one customer holds
// everything. Defined here for non-negative values with a positive total only.
import type { SegmentsIssue } from '../customers/segmentsIssue';

/**
 * G = 2 Σ i·x(i) / (n Σ x) − (n + 1) / n over ascending x(i), i = 1…n — the same number as
 * the mean absolute difference over all pairs divided by twice the mean.
 */
export function gini(values: ArrayLike<number>): { gini: number | null; issue?: SegmentsIssue } {
	const n = values.length;
	if (n === 0) return { gini: null, issue: { code: 'no_customers' } };
	const sorted = Float64Array.from(values).sort();
	if (sorted[0] < 0) {
		const firstNonNegative = sorted.findIndex((v) => v >= 0);
		const customers = firstNonNegative < 0 ? n : firstNonNegative;
		return { gini: null, issue: { code: 'negative_values', params: { customers } } };
	}
	let sum = 0;
	let weighted = 0;
	for (let i = 0; i < n; i++) {
		sum += sorted[i];
		weighted += (i + 1) * sorted[i];
	}
	if (!(sum > 0))
		return { gini: null, issue: { code: 'non_positive_total', params: { total: sum } } };
	return { gini: (2 * weighted) / (n * sum) - (n + 1) / n };
}
