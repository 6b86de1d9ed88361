// The shared core of every Segments & value analysis: the customer table as of the analysis
// date, the RFM scores and the segment assignment, each cached per table and settings.
import { assignSegments, type SegmentAssignment } from '../../../analytics/rfm/assignSegments';
import { customerTable, type CustomerMetrics } from '../../../analytics/customers/customerTable';
import { defaultAsOf } from '../../../analytics/customers/defaultAsOf';
import { SegmentsError, type SegmentsIssue } from '../../../analytics/customers/segmentsIssue';
import { rfmScores, type RfmOptions, type RfmScores } from '../../../analytics/rfm/rfmScores';
import type { TransactionTable } from '../../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from './context';
import { memo } from './segmentsMemo';
import type { SegmentsSettings } from './segmentsResult';

export interface SegmentsModel {
	tx: TransactionTable;
	settings: SegmentsSettings;
	asOf: number;
	defaultAsOf: number;
	firstDay: number;
	lastDay: number;
	table: CustomerMetrics;
	scores: RfmScores;
	assignment: SegmentAssignment;
	/** Thresholds actually used (invalid ones are dropped with an issue). */
	thresholds: RfmOptions['thresholds'];
	issues: SegmentsIssue[];
	/** Cache-key stem for results derived from the scores and rules. */
	key: string;
}

const DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;

function validThresholds(s: SegmentsSettings): {
	thresholds: RfmOptions['thresholds'];
	issues: SegmentsIssue[];
} {
	const thresholds: NonNullable<RfmOptions['thresholds']> = {};
	const issues: SegmentsIssue[] = [];
	for (const d of DIMENSIONS) {
		const edges = s.thresholds?.[d];
		if (!edges) continue;
		const ok =
			edges.length === s.bins - 1 &&
			edges.every((e, k) => Number.isFinite(e) && (k === 0 || e >= edges[k - 1]));
		if (ok) thresholds[d] = edges;
		else
			issues.push({
				code: 'bad_thresholds',
				params: { dimension: d, expected: s.bins - 1, got: edges.length }
			});
	}
	return { thresholds, issues };
}

function dayRange(tx: TransactionTable): { first: number; last: number } {
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < tx.length; i++) {
		const d = tx.day[i];
		if (d < first) first = d;
		if (d > last) last = d;
	}
	return { first, last };
}

/** The customer table as of a day, cached per table. */
export function metricsAt(tx: TransactionTable, asOf: number): CustomerMetrics {
	return memo(tx, `metrics|${asOf}`, () => customerTable(tx, { asOf }));
}

export async function segmentsModel(
	ctx: AnalysisContext,
	settings: SegmentsSettings
): Promise<SegmentsModel> {
	if (!settings.id) throw new AnalysisProblem('dataset_missing', { id: '' });
	const tx = await ctx.transactions(settings.id);
	const def = memo(tx, 'defaultAsOf', () => defaultAsOf(tx));
	const { first, last } = memo(tx, 'range', () => dayRange(tx));
	const asOf = settings.asOf ?? def;
	const table = metricsAt(tx, asOf);
	if (table.length === 0) throw new SegmentsError({ code: 'no_customers' });
	const { thresholds, issues } = validThresholds(settings);
	const scoreKey = `scores|${asOf}|${settings.bins}|${settings.monetary}|${JSON.stringify(thresholds)}`;
	const scores = memo(tx, scoreKey, () =>
		rfmScores(table, { bins: settings.bins, monetary: settings.monetary, thresholds })
	);
	const key = `${scoreKey}|${JSON.stringify(settings.rules)}`;
	const assignment = memo(tx, `assign|${key}`, () => assignSegments(scores, settings.rules));
	return {
		tx,
		settings,
		asOf,
		defaultAsOf: def,
		firstDay: first,
		lastDay: last,
		table,
		scores,
		assignment,
		thresholds,
		issues,
		key
	};
}
