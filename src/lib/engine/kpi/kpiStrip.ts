// The KPI strip of the analysis pages: the headline figures of a transactions dataset over a
// window (a preset ending on the last day, or from–to), the same figures for the window it is
// compared with, and how many customers are alive at each window's end under the shared
// alive/churned rule (the Lifecycle and Lifetime value pages' rule, with its settings).
import { isoFromDay } from '../../analytics/dates';
import {
	COMPARISONS,
	comparisonWindow,
	PERIOD_PRESETS,
	presetMonths,
	presetWindow,
	type Comparison,
	type PeriodPreset,
	type Window
} from '../../analytics/kpi/comparePeriods';
import { kpiFigures, type KpiFigures } from '../../analytics/kpi/kpiFigures';
import type { TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { lifecycleChurnRule } from '../lifecycle/lifecycleChurnRule';

export interface KpiPeriod extends KpiFigures {
	fromIso: string;
	toIso: string;
	/** Customers alive the day after the window (shared rule); null when it cannot be decided. */
	active: number | null;
}

export interface KpiStripResult {
	preset: PeriodPreset;
	compare: Comparison;
	now: KpiPeriod;
	/** The comparison window's figures; null without a comparison or data before it. */
	before: KpiPeriod | null;
	/** The data's first and last purchase days, for the window pickers. */
	firstDay: number;
	lastDay: number;
}

const pick = <T extends string>(v: unknown, all: T[], fallback: T): T =>
	typeof v === 'string' && (all as string[]).includes(v) ? (v as T) : fallback;

export interface StripWindows {
	now: Window;
	/** Null without a comparison or without data up to its end. */
	before: Window | null;
	firstDay: number;
	lastDay: number;
}

/** The strip's window and the one it is compared with: every comparing analysis uses these. */
export function stripWindows(
	tx: TransactionTable,
	preset: PeriodPreset,
	compare: Comparison
): StripWindows {
	if (tx.length === 0) throw new AnalysisProblem('kpi.problem.empty');
	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (let i = 0; i < tx.length; i++) {
		const d = tx.day[i];
		if (d < firstDay) firstDay = d;
		if (d > lastDay) lastDay = d;
	}
	return windowsOver(firstDay, lastDay, preset, compare);
}

/** The same windows over a span of days (a survey's dates when there are no transactions). */
export function windowsOver(
	firstDay: number,
	lastDay: number,
	preset: PeriodPreset,
	compare: Comparison
): StripWindows {
	const now = presetWindow(preset, firstDay, lastDay);
	const other = comparisonWindow(now, compare, presetMonths(preset));
	return { now, before: other && other.to >= firstDay ? other : null, firstDay, lastDay };
}

/** The strip's period and comparison as a request names them (a default for anything else). */
export function stripChoice(params: Record<string, unknown>): {
	preset: PeriodPreset;
	compare: Comparison;
} {
	return {
		preset: pick(params.preset, PERIOD_PRESETS, 'all'),
		compare: pick(params.compare, COMPARISONS, 'none')
	};
}

export async function kpiStrip(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<KpiStripResult> {
	const id = typeof params.id === 'string' ? params.id : '';
	const customersId = typeof params.customersId === 'string' ? params.customersId : null;
	const { preset, compare } = stripChoice(params);
	const tx = await ctx.transactions(id);
	const { now: w, before: other, firstDay, lastDay } = stripWindows(tx, preset, compare);
	const period = async (win: Window): Promise<KpiPeriod> => {
		let active: number | null = null;
		try {
			const rule = await lifecycleChurnRule(ctx, {
				id,
				customersId,
				asOf: win.to + 1,
				churn: params.churn
			});
			active = rule.alive;
		} catch {
			// Too little history before this window's end to decide who is alive: left blank.
			active = null;
		}
		return {
			...kpiFigures(tx, win.from, win.to),
			fromIso: isoFromDay(win.from),
			toIso: isoFromDay(win.to),
			active
		};
	};
	return {
		preset,
		compare,
		now: await period(w),
		before: other ? await period(other) : null,
		firstDay,
		lastDay
	};
}
