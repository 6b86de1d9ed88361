// Cohort retention on the KPI strip's two windows: the monthly acquisition cohorts of the
// Lifecycle page (lifecycleCohorts, by first purchase, as of the day after the last
// transaction) acquired in the window against those acquired in the comparison window, at the
// same ages (analytics/kpi/compareCohorts).
import { isoFromDay } from '../../analytics/dates';
import { compareCohorts, type CohortRetentionCompare } from '../../analytics/kpi/compareCohorts';
import type { AnalysisContext } from '../context';
import { stripChoice, stripWindows } from '../kpi/kpiStrip';
import { lifecycleCohorts } from './lifecycleCohorts';

export interface CohortsCompareResult {
	nowFromIso: string;
	nowToIso: string;
	/** Null without a comparison window: nothing to compare. */
	beforeFromIso: string | null;
	beforeToIso: string | null;
	compared: CohortRetentionCompare | null;
}

export async function lifecycleCohortsCompare(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<CohortsCompareResult> {
	const id = String(params.id ?? '');
	const { preset, compare } = stripChoice(params);
	const { now, before } = stripWindows(await ctx.transactions(id), preset, compare);
	const head = { nowFromIso: isoFromDay(now.from), nowToIso: isoFromDay(now.to) };
	if (!before) return { ...head, beforeFromIso: null, beforeToIso: null, compared: null };
	const { table } = await lifecycleCohorts(ctx, {
		id,
		customersId: params.customersId ?? null,
		grain: 'month'
	});
	return {
		...head,
		beforeFromIso: isoFromDay(before.from),
		beforeToIso: isoFromDay(before.to),
		compared: compareCohorts(table.cohorts, now, before)
	};
}
