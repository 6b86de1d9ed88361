// Scores one RFM dimension 1…bins from interior edges (quantiles or the user's thresholds).
//
// Tie rule: score = 1 + the number of edges strictly below the value (intervals closed on the
// right, as R's cut()), reversed for recency so that 5 = most recent. Equal values therefore
// always share a score. When heavy ties make edges coincide (frequency with most customers at
// 1), the scores between the coinciding edges cannot occur: they are listed and reported.
import { SegmentsError, type SegmentsIssue } from '../customers/segmentsIssue';
import { quantileEdges } from './quantileEdges';

export type RfmDimension = 'recency' | 'frequency' | 'monetary';

export interface ScoreRange {
	score: number;
	/** Raw-value interval (lo, hi]; null = unbounded. */
	lo: number | null;
	hi: number | null;
	/** Customers with this score and their observed raw-value range. */
	count: number;
	min: number | null;
	max: number | null;
}

export interface DimensionScores {
	dimension: RfmDimension;
	bins: number;
	/** Interior edges, ascending, in raw units (days, purchases, money). */
	edges: number[];
	source: 'quantile' | 'custom';
	/** Higher score = better; recency is reversed so small recency scores high. */
	reversed: boolean;
	scores: Uint8Array;
	/** Per score 1…bins (ranges[0] is score 1). */
	ranges: ScoreRange[];
	/** Scores no customer can get because edges coincide (ties). */
	impossibleScores: number[];
	/** Scores no customer has (includes the impossible ones). */
	emptyScores: number[];
	/** Scores that at least one customer has. */
	distinct: number;
}

export function validateBins(bins: number): void {
	if (!Number.isInteger(bins) || bins < 2 || bins > 9)
		throw new SegmentsError({ code: 'bad_bins', params: { bins } });
}

export function scoreDimension(
	values: ArrayLike<number>,
	options: { dimension: RfmDimension; bins: number; thresholds?: number[] }
): { result: DimensionScores; issues: SegmentsIssue[] } {
	const { dimension, bins, thresholds } = options;
	validateBins(bins);
	const n = values.length;
	if (n === 0) throw new SegmentsError({ code: 'no_customers' });
	const reversed = dimension === 'recency';
	let edges: number[];
	if (thresholds) {
		const ok =
			thresholds.length === bins - 1 &&
			thresholds.every((t, k) => Number.isFinite(t) && (k === 0 || t >= thresholds[k - 1]));
		if (!ok)
			throw new SegmentsError({
				code: 'bad_thresholds',
				params: { dimension, expected: bins - 1, got: thresholds.length }
			});
		edges = thresholds.slice();
	} else {
		edges = quantileEdges(values, bins);
	}

	const scores = new Uint8Array(n);
	const count = new Int32Array(bins + 1);
	const min = new Float64Array(bins + 1).fill(Infinity);
	const max = new Float64Array(bins + 1).fill(-Infinity);
	const e = Float64Array.from(edges);
	const m = e.length;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		// Count edges below v without early exit: branch-free, so random values stay fast.
		let below = 0;
		for (let k = 0; k < m; k++) below += +(e[k] < v);
		const s = reversed ? bins - below : below + 1;
		scores[i] = s;
		count[s]++;
		if (v < min[s]) min[s] = v;
		if (v > max[s]) max[s] = v;
	}

	const ranges: ScoreRange[] = [];
	const impossibleScores: number[] = [];
	const emptyScores: number[] = [];
	for (let s = 1; s <= bins; s++) {
		// Position of this score's interval among the ascending raw-value intervals (1-based).
		const p = reversed ? bins - s + 1 : s;
		const lo = p === 1 ? null : edges[p - 2];
		const hi = p === bins ? null : edges[p - 1];
		if (lo !== null && hi !== null && lo === hi) impossibleScores.push(s);
		if (count[s] === 0) emptyScores.push(s);
		ranges.push({
			score: s,
			lo,
			hi,
			count: count[s],
			min: count[s] ? min[s] : null,
			max: count[s] ? max[s] : null
		});
	}
	const distinct = bins - emptyScores.length;
	const issues: SegmentsIssue[] = [];
	if (impossibleScores.length > 0)
		issues.push({
			code: 'ties_fewer_bins',
			params: { dimension, distinct, bins, scores: impossibleScores.join(', ') }
		});
	return {
		result: {
			dimension,
			bins,
			edges,
			source: thresholds ? 'custom' : 'quantile',
			reversed,
			scores,
			ranges,
			impossibleScores,
			emptyScores,
			distinct
		},
		issues
	};
}
