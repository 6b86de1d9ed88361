// Scores one RFM dimension 1…bins from interior edges (quantiles or the user's thresholds).
//
// Tie rule: score = 1 + the number of edges strictly below the value (intervals closed on the
// right, as R's cut()), reversed for recency so that 5 = most recent. Equal values therefore
// always share a score. When heavy ties make edges coincide (frequency with most customers at
// 1), the scores between the coinciding edges cannot occur: they are listed and reported.
import { SegmentsError, type SegmentsIssue } from '../customers/segmentsIssue';
import { floatHistogram } from './floatHistogram';
import { floatRanks } from './floatRanks';
import { histogramRanks, int32Histogram } from './int32Histogram';
import { quantileEdges } from './quantileEdges';
import { rememberRanks } from './rememberRanks';
import { scoreByEdges } from './scoreByEdges';
import { scoreFloats } from './scoreFloats';
import { scoreIntegers } from './scoreIntegers';

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
	if (thresholds) {
		const ok =
			thresholds.length === bins - 1 &&
			thresholds.every((t, k) => Number.isFinite(t) && (k === 0 || t >= thresholds[k - 1]));
		if (!ok)
			throw new SegmentsError({
				code: 'bad_thresholds',
				params: { dimension, expected: bins - 1, got: thresholds.length }
			});
	}
	// Three ways to the scores, fastest first. Integers of a small range (days, purchase counts)
	// go through their histogram: a table lookup per customer, the per-score counts and ranges
	// read off the histogram. Other finite numbers (money) go through the histogram of their
	// order-keeping keys the same way, comparing only the values that share a key with an edge.
	// Anything else (NaN, infinities) is compared with every edge.
	const ints = values instanceof Int32Array ? int32Histogram(values) : null;
	const f = ints ? null : values instanceof Float64Array ? values : Float64Array.from(values);
	const floats = f ? floatHistogram(f) : null;
	// Order statistics of doubles, remembered: ranks 0 and n - 1 come along with the edges'
	// ranks, and with them usually give each score's smallest and largest value (scoreFloats)
	// without a second selection.
	const select = f && floats ? rememberRanks((ranks) => floatRanks(f, floats, ranks)) : null;
	let edges: number[];
	if (thresholds) edges = thresholds.slice();
	else if (ints) edges = quantileEdges(values, bins, (ranks) => histogramRanks(ints, ranks));
	else if (select)
		edges = quantileEdges(values, bins, (r) => select([...r, 0, n - 1]).slice(0, r.length));
	else edges = quantileEdges(values, bins);

	const scores = new Uint8Array(n);
	const count = new Int32Array(bins + 1);
	const min = new Float64Array(bins + 1).fill(Infinity);
	const max = new Float64Array(bins + 1).fill(-Infinity);
	const out = { scores, count, min, max };
	if (ints) scoreIntegers(values as Int32Array, ints, edges, reversed, out);
	else if (f && floats && select) scoreFloats(f, floats, edges, reversed, out, select);
	else if (f) scoreByEdges(f, edges, reversed, out);

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
