// Series for the R × F grid chart: one cell per (R, F) score pair with its customers, mean
// monetary value and the segment the rules give that cell.
import type { CustomerMetrics } from '../customers/customerTable';
import { firstMatch, segmentKeys } from './assignSegments';
import type { RfmScores } from './rfmScores';
import { OTHERS, type SegmentRule } from './segmentRule';
import { fromCents, toCents } from '../money';

export interface RfGridCell {
	r: number;
	f: number;
	customers: number;
	meanMonetary: number | null;
	/** Segment winning most M values of this cell in score space (earlier rule on a tie). */
	segment: string;
	/** Every segment some M value of this cell falls to. */
	segments: string[];
}

export function rfGrid(
	table: CustomerMetrics,
	scores: RfmScores,
	rules: SegmentRule[]
): RfGridCell[] {
	const b = scores.bins;
	const side = b + 1;
	const count = new Float64Array(side * side);
	const sum = new Float64Array(side * side);
	for (let i = 0; i < scores.length; i++) {
		const c = scores.r[i] * side + scores.f[i];
		count[c]++;
		if (table.monetary) sum[c] += toCents(table.monetary[i]); // exact (money.ts)
	}
	for (let c = 0; c < sum.length; c++) sum[c] = fromCents(sum[c]);
	const { keys, keyOfRule } = segmentKeys(rules);
	const mValues = scores.m ? Array.from({ length: b }, (_, k) => k + 1) : [0];
	const cells: RfGridCell[] = [];
	for (let r = 1; r <= b; r++)
		for (let f = 1; f <= b; f++) {
			const votes = new Int32Array(keys.length);
			for (const m of mValues) {
				const k = firstMatch(rules, r, f, m);
				votes[k < 0 ? keys.indexOf(OTHERS) : keyOfRule[k]]++;
			}
			let best = 0;
			for (let s = 1; s < keys.length; s++) if (votes[s] > votes[best]) best = s;
			const c = r * side + f;
			cells.push({
				r,
				f,
				customers: count[c],
				meanMonetary: table.monetary && count[c] > 0 ? sum[c] / count[c] : null,
				segment: keys[best],
				segments: keys.filter((_, s) => votes[s] > 0)
			});
		}
	return cells;
}
