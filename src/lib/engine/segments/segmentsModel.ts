// The shared core of every Segments & value analysis: the customer table as of the analysis
// date, the RFM scores and the segment assignment, each cached per table and settings. From an
// imported customer summary the customer table is converted (no dates: the reference day is 0).
import { centreCut } from '../../analytics/rfm/centreCut';
import { assignSegments, type SegmentAssignment } from '../../analytics/rfm/assignSegments';
import { customerTable, type CustomerMetrics } from '../../analytics/customers/customerTable';
import { defaultAsOf } from '../../analytics/customers/defaultAsOf';
import { SegmentsError, type SegmentsIssue } from '../../analytics/customers/segmentsIssue';
import {
	summaryCustomerMetrics,
	type SummaryMetrics
} from '../../analytics/customers/summaryCustomerMetrics';
import { rfmScores, type RfmOptions, type RfmScores } from '../../analytics/rfm/rfmScores';
import type { SummaryTable, TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { memo } from './segmentsMemo';
import type { SegmentsSettings, SegmentsSource } from './segmentsResult';

/** A summary has no dates; its days count back from this reference day (its end of observation). */
export const SUMMARY_AS_OF = 0;

export interface SegmentsModel {
	source: SegmentsSource;
	/** The transactions; null for a summary (nothing that needs dates can run). */
	tx: TransactionTable | null;
	/**
	 * The object the caches hang on: the transactions, or the summary's customer table in the
	 * stated unit (the analysis date of a summary never changes, its unit does).
	 */
	owner: object;
	/** Summary rows left out as impossible, and customers without a mean spend (0 for transactions). */
	dropped: number;
	noSpend: number;
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
	thresholds: NonNullable<RfmOptions['thresholds']>;
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

/**
 * The eight-class model's cuts as one interior edge per dimension: the mean or median of the
 * customers' values. Scoring puts a value above the edge in the upper score, so F and M are high
 * above the cut, and R (reversed) is high at or below it — the more recent customers. A typed
 * threshold of a dimension is left as the user set it.
 */
function centreThresholds(
	table: CustomerMetrics,
	settings: SegmentsSettings,
	out: NonNullable<RfmOptions['thresholds']>,
	cached: (key: string, f: () => number) => number
): void {
	const centre = settings.centre;
	if (!centre) return;
	const m = settings.monetary === 'average' ? table.average : table.monetary;
	const values = { recency: table.recency, frequency: table.frequency, monetary: m };
	for (const d of DIMENSIONS) {
		const v = values[d];
		if (out[d] || !v) continue;
		// A median sorts every customer's value: once per table, dimension and kind.
		const cut = cached(`${d}|${settings.monetary}|${centre[d]}`, () => centreCut(v, centre[d]));
		if (Number.isFinite(cut)) out[d] = [cut];
	}
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

/** The summary's customer table in its stated unit, cached per summary table. */
function summaryMetrics(su: SummaryTable, unit: SegmentsSettings['unit']): SummaryMetrics {
	return memo(su, `metrics|${unit}`, () =>
		summaryCustomerMetrics(su, { unit, asOf: SUMMARY_AS_OF })
	);
}

interface Source {
	source: SegmentsSource;
	tx: TransactionTable | null;
	owner: object;
	table: CustomerMetrics;
	asOf: number;
	defaultAsOf: number;
	first: number;
	last: number;
	dropped: number;
	noSpend: number;
	/** Cache-key stem naming the customer table. */
	stem: string;
}

async function sourceOf(ctx: AnalysisContext, settings: SegmentsSettings): Promise<Source> {
	if (settings.source === 'summary') {
		const su = await ctx.summary(settings.id);
		const table = summaryMetrics(su, settings.unit);
		const at = SUMMARY_AS_OF;
		return {
			source: 'summary',
			tx: null,
			owner: table,
			table,
			asOf: at,
			defaultAsOf: at,
			first: at,
			last: at,
			dropped: table.dropped,
			noSpend: table.noSpend,
			stem: `${at}|${settings.unit}`
		};
	}
	const tx = await ctx.transactions(settings.id);
	const def = memo(tx, 'defaultAsOf', () => defaultAsOf(tx));
	const { first, last } = memo(tx, 'range', () => dayRange(tx));
	const asOf = settings.asOf ?? def;
	return {
		source: 'transactions',
		tx,
		owner: tx,
		table: metricsAt(tx, asOf),
		asOf,
		defaultAsOf: def,
		first,
		last,
		dropped: 0,
		noSpend: 0,
		stem: String(asOf)
	};
}

export async function segmentsModel(
	ctx: AnalysisContext,
	settings: SegmentsSettings
): Promise<SegmentsModel> {
	if (!settings.id) throw new AnalysisProblem('dataset_missing', { id: '' });
	const src = await sourceOf(ctx, settings);
	const { owner, table, asOf } = src;
	if (table.length === 0) throw new SegmentsError({ code: 'no_customers' });
	const { thresholds, issues } = validThresholds(settings);
	if (settings.centre && settings.bins === 2)
		centreThresholds(table, settings, thresholds, (key, f) =>
			memo(owner, `centre|${src.stem}|${key}`, f)
		);
	const scoreKey = `scores|${src.stem}|${settings.bins}|${settings.monetary}|${JSON.stringify(thresholds)}`;
	const scores = memo(owner, scoreKey, () =>
		rfmScores(table, { bins: settings.bins, monetary: settings.monetary, thresholds })
	);
	const key = `${scoreKey}|${JSON.stringify(settings.rules)}`;
	const assignment = memo(owner, `assign|${key}`, () => assignSegments(scores, settings.rules));
	return {
		source: src.source,
		tx: src.tx,
		owner,
		dropped: src.dropped,
		noSpend: src.noSpend,
		settings,
		asOf,
		defaultAsOf: src.defaultAsOf,
		firstDay: src.first,
		lastDay: src.last,
		table,
		scores,
		assignment,
		thresholds,
		issues,
		key
	};
}
