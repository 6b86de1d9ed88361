// Segments on the KPI strip's two windows: segment sizes and revenue at the end of the window
// and of the window it is compared with, and the customers who moved between them. The two
// dates are the segment migration's (each window's last day), and the moves are the
// migration analysis itself run on those dates — the same rules, bins and thresholds. An
// analysis date counts its own day's transactions (customerTable keeps day <= asOf), so each
// window is scored as of its last day: the day after would let the next window's first day in.
import { isoFromDay } from '../../analytics/dates';
import type { Comparison, PeriodPreset } from '../../analytics/kpi/comparePeriods';
import { compareSegments, type SegmentCompare } from '../../analytics/kpi/compareSegments';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { stripChoice, stripWindows } from '../kpi/kpiStrip';
import { memo } from './segmentsMemo';
import { segmentsAtA, segmentsMigration } from './segmentsMigration';
import { segmentsModel } from './segmentsModel';
import { asProblem } from './segmentsProblem';
import type { MigrationView } from './segmentsResult';
import { readSettings } from './segmentsSettings';

export interface SegmentMove {
	from: string;
	to: string;
	customers: number;
}

export interface SegmentsCompareResult {
	preset: PeriodPreset;
	compare: Comparison;
	nowFromIso: string;
	nowToIso: string;
	/** Null without a comparison (or no data before the window): nothing else is filled. */
	beforeFromIso: string | null;
	beforeToIso: string | null;
	table: SegmentCompare | null;
	/** The migration between the two windows' ends. */
	migration: MigrationView | null;
	/** Moves between two segments (not staying, not new), most customers first. */
	moves: SegmentMove[];
}

export async function segmentsCompare(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<SegmentsCompareResult> {
	return asProblem(async () => {
		const settings = readSettings(params);
		if (settings.source === 'summary')
			throw new AnalysisProblem('segmentsView.summary.needsTransactions');
		const tx = await ctx.transactions(settings.id);
		const { preset, compare } = stripChoice(params);
		const { now, before } = stripWindows(tx, preset, compare);
		const head = {
			preset,
			compare,
			nowFromIso: isoFromDay(now.from),
			nowToIso: isoFromDay(now.to)
		};
		if (!before)
			return {
				...head,
				beforeFromIso: null,
				beforeToIso: null,
				table: null,
				migration: null,
				moves: []
			};
		// Segments are scored as of each window's last day: the model at the later date.
		const at = { ...settings, asOf: now.to };
		const m = await segmentsModel(ctx, at);
		const migration = await segmentsMigration(ctx, { s: at, asOfA: before.to });
		const table = memo(tx, `compare|${before.from}|${before.to}|${now.from}|${m.key}`, () =>
			compareSegments(
				tx,
				migration.to,
				segmentsAtA(m, now.to),
				segmentsAtA(m, before.to),
				now,
				before
			)
		);
		const moves: SegmentMove[] = [];
		migration.counts.forEach((row, i) =>
			row.forEach((customers, j) => {
				const from = migration.from[i];
				const to = migration.to[j];
				if (customers > 0 && i > 0 && from !== to) moves.push({ from, to, customers });
			})
		);
		moves.sort((a, b) => b.customers - a.customers);
		return {
			...head,
			beforeFromIso: isoFromDay(before.from),
			beforeToIso: isoFromDay(before.to),
			table,
			migration,
			moves
		};
	});
}
