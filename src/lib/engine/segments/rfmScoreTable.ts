// RFM scores and first-match-wins segments from the scoring columns alone (recency, frequency,
// monetary per customer): what `cli summarize --what rfm` asks of the engine after DuckDB has
// computed those columns for a file larger than memory. The Segments view reaches the same
// rfmScores and assignSegments through segmentsModel, from a customer table it builds itself.
import type { CustomerMetrics } from '../../analytics/customers/customerTable';
import { SegmentsError, type SegmentsIssue } from '../../analytics/customers/segmentsIssue';
import { assignSegments } from '../../analytics/rfm/assignSegments';
import { rfmScores } from '../../analytics/rfm/rfmScores';
import type { SegmentRule } from '../../analytics/rfm/segmentRule';
import type { Day } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { asProblem } from './segmentsProblem';

/** A type alias, not an interface: the registry's table checks it against plain params. */
export type RfmScoreTableParams = {
	asOf: Day;
	/** Per customer, in one order the result keeps. */
	recency: Int32Array;
	frequency: Int32Array;
	/** Net total per customer; null when the data has no amount (M is then not scored). */
	monetary: Float64Array | null;
	frequencyRule: 'orders' | 'days';
	bins: number;
	rules: SegmentRule[];
};

export interface RfmScoreTable {
	r: Uint8Array;
	f: Uint8Array;
	/** Null without monetary values. */
	m: Uint8Array | null;
	/** 100R + 10F + M. */
	score: Int16Array;
	/** Segment keys (first-appearance order, then 'others') and each customer's index into them. */
	keys: string[];
	segment: Int32Array;
	/** Ties that merged bins, M unavailable, … (SegmentsIssue codes, worded by the caller). */
	issues: SegmentsIssue[];
}

const EMPTY = new Int32Array(0);

/** The columns rfmScores reads (length, R, F, M) as a CustomerMetrics; the rest left empty. */
function scoringMetrics(p: RfmScoreTableParams): CustomerMetrics {
	return {
		asOf: p.asOf,
		length: p.recency.length,
		index: EMPTY,
		ids: [],
		recency: p.recency,
		frequency: p.frequency,
		frequencyRule: p.frequencyRule,
		monetary: p.monetary,
		average: null,
		margin: null,
		tenure: EMPTY,
		first: EMPTY,
		last: EMPTY,
		returnsOnly: 0,
		issues: []
	};
}

export async function rfmScoreTable(
	_ctx: AnalysisContext,
	params: RfmScoreTableParams
): Promise<RfmScoreTable> {
	return asProblem(() => {
		const n = params.recency.length;
		for (const column of [params.frequency, params.monetary])
			if (column && column.length !== n)
				throw new SegmentsError({
					code: 'length_mismatch',
					params: { expected: n, got: column.length }
				});
		const scores = rfmScores(scoringMetrics(params), { bins: params.bins, monetary: 'total' });
		const { keys, segment } = assignSegments(scores, params.rules);
		return {
			r: scores.r,
			f: scores.f,
			m: scores.m,
			score: scores.score,
			keys,
			segment,
			issues: scores.issues
		};
	});
}
