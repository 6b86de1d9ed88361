// RFM alone — customer table, scores, first-match-wins segments — for the benchmark (issue 3:
// "RFM over 1M transactions in the worker"). The Segments view's analysis does this plus its
// charts' series; this one returns segment sizes and the worker's own clock, so the benchmark
// can tell the RFM from the hand-over and the presentation work around it.
import { customerTable } from '../../analytics/customers/customerTable';
import { defaultAsOf } from '../../analytics/customers/defaultAsOf';
import { assignSegments } from '../../analytics/rfm/assignSegments';
import { rfmScores } from '../../analytics/rfm/rfmScores';
import { segmentPresets } from '../../analytics/rfm/segmentPresets';
import type { AnalysisContext } from '../context';
import { emptyRecord } from '../../analytics/emptyRecord';

export interface RfmCoreResult {
	customers: number;
	segments: Record<string, number>;
	/** Worker time for the tables from the stored columns (cached after the first run). */
	tableMs: number;
	/** Worker time for the RFM itself. */
	rfmMs: number;
}

export async function rfmCore(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<RfmCoreResult> {
	const t0 = performance.now();
	const tx = await ctx.transactions(String(params.id));
	const t1 = performance.now();
	const table = customerTable(tx, { asOf: defaultAsOf(tx) });
	const scores = rfmScores(table, { bins: 5 });
	const assignment = assignSegments(scores, segmentPresets.rfmVignette);
	const t2 = performance.now();
	const segments: Record<string, number> = emptyRecord();
	for (let k = 0; k < assignment.keys.length; k++) segments[assignment.keys[k]] = 0;
	for (let i = 0; i < assignment.segment.length; i++)
		segments[assignment.keys[assignment.segment[i]]]++;
	return { customers: table.length, segments, tableMs: t1 - t0, rfmMs: t2 - t1 };
}
