// The customer value pyramid: customers ranked by value, cut top-down by percentages of
// customers. Tiers are cut by count (rounded to the nearest customer), so equal values at a
// boundary can fall in two tiers; ties are ordered by table position.
import { SegmentsError, type SegmentsIssue } from '../customers/segmentsIssue';
import { orderByValue } from './orderByValue';
import { PYRAMID_TIERS, validateCuts, type PyramidTier } from './pyramidCuts';
import type { ValueBasisName } from './valueBasis';

export interface PyramidTierRow {
	name: PyramidTier;
	customers: number;
	customerShare: number;
	value: number;
	/** Null when total value is not positive. */
	valueShare: number | null;
	/** Value range inside the tier (null when empty). */
	minValue: number | null;
	maxValue: number | null;
}

export interface ValuePyramid {
	basis: ValueBasisName;
	cuts: number[];
	tiers: PyramidTierRow[];
	/** Per customer: 0 platinum … 3 lead. */
	tier: Uint8Array;
	/** "Top X % of customers bring Y % of value", one entry per tier boundary (cumulative). */
	topShares: { customerShare: number; valueShare: number | null }[];
	total: number;
	issues: SegmentsIssue[];
}

export function valuePyramid(
	values: Float64Array,
	options: { basis: ValueBasisName; cuts?: number[] }
): ValuePyramid {
	const cuts = options.cuts ?? [5, 15, 30, 50];
	validateCuts(cuts);
	const n = values.length;
	if (n === 0) throw new SegmentsError({ code: 'no_customers' });
	const order = orderByValue(values);
	let total = 0;
	let negative = 0;
	for (let i = 0; i < n; i++) {
		total += values[i];
		if (values[i] < 0) negative++;
	}
	const issues: SegmentsIssue[] = [];
	const sharesOk = total > 0;
	if (!sharesOk) issues.push({ code: 'non_positive_total', params: { total } });
	if (negative > 0) issues.push({ code: 'negative_values', params: { customers: negative } });

	const tier = new Uint8Array(n);
	const tiers: PyramidTierRow[] = [];
	const topShares: ValuePyramid['topShares'] = [];
	let cum = 0;
	let start = 0;
	let cumValue = 0;
	PYRAMID_TIERS.forEach((name, t) => {
		cum += cuts[t];
		const end = t === PYRAMID_TIERS.length - 1 ? n : Math.round((n * cum) / 100);
		let value = 0;
		for (let k = start; k < end; k++) {
			tier[order[k]] = t;
			value += values[order[k]];
		}
		cumValue += value;
		const size = end - start;
		tiers.push({
			name,
			customers: size,
			customerShare: size / n,
			value,
			valueShare: sharesOk ? value / total : null,
			// Ranked descending, so the first customer of the tier holds its maximum.
			maxValue: size > 0 ? values[order[start]] : null,
			minValue: size > 0 ? values[order[end - 1]] : null
		});
		topShares.push({ customerShare: end / n, valueShare: sharesOk ? cumValue / total : null });
		start = end;
	});
	return { basis: options.basis, cuts, tiers, tier, topShares, total, issues };
}
