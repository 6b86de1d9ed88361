// Mean of each loyalty measure (0–10 construct scores) per group of a category column, and for
// everyone. Respondents with no group count only in the overall row.
import { LOYALTY_MEASURES, type Construct, type LoyaltyMeasure } from './constructs';
import type { SatisfactionIssue } from './satisfactionIssue';
import type { CategoryColumn } from '../types';

export interface GroupLoyalty {
	/** Group label, or null for everyone. */
	group: string | null;
	/** Respondents in the group. */
	n: number;
	/** Mean score per measure over those who have it; null when nobody does. */
	means: Partial<Record<LoyaltyMeasure, number | null>>;
}

export function loyaltyByGroup(
	scores: Partial<Record<Construct, Float64Array>>,
	group: CategoryColumn | null
): { measures: LoyaltyMeasure[]; rows: GroupLoyalty[] } | SatisfactionIssue {
	const measures = LOYALTY_MEASURES.filter((m) => scores[m]);
	if (measures.length === 0) return { code: 'construct_missing', item: 'loyalty' };
	const labels = group ? group.labels : [];
	const g = labels.length;
	// Slot g (the last) is everyone.
	const count = new Int32Array(g + 1);
	const sums = measures.map(() => ({ sum: new Float64Array(g + 1), n: new Int32Array(g + 1) }));
	const len = scores[measures[0]]!.length;
	for (let i = 0; i < len; i++) {
		const code = group ? group.codes[i] : -1;
		count[g]++;
		if (code >= 0) count[code]++;
		measures.forEach((m, k) => {
			const v = scores[m]![i];
			if (Number.isNaN(v)) return;
			sums[k].sum[g] += v;
			sums[k].n[g]++;
			if (code >= 0) {
				sums[k].sum[code] += v;
				sums[k].n[code]++;
			}
		});
	}
	const row = (slot: number, label: string | null): GroupLoyalty => ({
		group: label,
		n: count[slot],
		means: Object.fromEntries(
			measures.map((m, k) => [m, sums[k].n[slot] ? sums[k].sum[slot] / sums[k].n[slot] : null])
		)
	});
	return { measures, rows: [row(g, null), ...labels.map((label, j) => row(j, label))] };
}
