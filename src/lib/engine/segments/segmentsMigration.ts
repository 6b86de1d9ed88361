// Segment migration between an earlier date A and the analysis date: the transition matrix and
// its flow, with the same rules, bins and thresholds at both dates.
import { assignSegments } from '../../analytics/rfm/assignSegments';
import { rfmScores } from '../../analytics/rfm/rfmScores';
import { NEW_CUSTOMERS, segmentMigration } from '../../analytics/rfm/segmentMigration';
import type { TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { memo } from './segmentsMemo';
import { metricsAt, segmentsModel, type SegmentsModel } from './segmentsModel';
import { asProblem } from './segmentsProblem';
import type { MigrationView } from './segmentsResult';
import { readSettings } from './segmentsSettings';

export const DEFAULT_DAYS_APART = 90;

export function earlierDate(m: SegmentsModel, asked: unknown): number {
	return typeof asked === 'number' && Number.isInteger(asked) ? asked : m.asOf - DEFAULT_DAYS_APART;
}

/** The transactions, or the problem a summary (no dates, so no earlier date) gives. */
function transactionsOf(m: SegmentsModel): TransactionTable {
	if (!m.tx) throw new AnalysisProblem('segmentsView.summary.needsTransactions');
	return m.tx;
}

/** Segment key at date A per transaction-table customer index ('new' when not yet a customer). */
export function segmentsAtA(m: SegmentsModel, asOfA: number): string[] {
	const tx = transactionsOf(m);
	return memo(tx, `segmentsAt|${asOfA}|${m.key}`, () => {
		const out = new Array<string>(tx.customerIds.length).fill(NEW_CUSTOMERS);
		const table = metricsAt(tx, asOfA);
		if (table.length === 0) return out;
		const { bins, monetary, rules } = m.settings;
		const a = assignSegments(rfmScores(table, { bins, monetary, thresholds: m.thresholds }), rules);
		for (let j = 0; j < table.length; j++) out[table.index[j]] = a.keys[a.segment[j]];
		return out;
	});
}

export async function segmentsMigration(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<MigrationView> {
	return asProblem(async () => {
		const m = await segmentsModel(ctx, readSettings(params));
		const tx = transactionsOf(m);
		const asOfA = earlierDate(m, params.asOfA);
		const { bins, monetary, rules } = m.settings;
		const r = memo(tx, `migration|${asOfA}|${m.key}`, () =>
			segmentMigration(tx, {
				asOf: m.asOf,
				asOfA,
				rules,
				bins,
				monetary,
				thresholds: m.thresholds
			})
		);
		let stayed = 0;
		let total = 0;
		r.counts.forEach((row, i) =>
			row.forEach((v, j) => {
				total += v;
				if (r.from[i] === r.to[j]) stayed += v;
			})
		);
		const newCustomers = r.counts[0].reduce((s, v) => s + v, 0);
		return {
			asOfA: r.asOfA,
			asOfB: r.asOfB,
			from: r.from,
			to: r.to,
			counts: r.counts,
			nodes: r.nodes,
			links: r.links,
			stayed,
			moved: total - stayed - newCustomers,
			newCustomers,
			issues: r.issues
		};
	});
}
