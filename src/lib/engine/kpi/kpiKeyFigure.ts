// The page's own key figure in the KPI strip, for the strip's window and, with a comparison on,
// for the comparison window — each computed here from the data up to that window's end:
// Segments — the Gini of net revenue per customer over the window's buyers; Lifetime value —
// the mean expected customer value under the Lifetime value page's settings (`clv`: model,
// spend, unit, horizon, margin, discount) calibrated on the data up to the window's last day;
// Lifecycle — the median relationship lifetime (Kaplan–Meier, the shared alive/churned rule) as
// known the day after the window; Satisfaction — the NPS of the survey answers given in the
// window (satisfactionNpsCompare). A figure that cannot be had for a window (too little
// history, no repeat buyers, no answers) is null.
import { isoFromDay } from '../../analytics/dates';
import { windowGini } from '../../analytics/kpi/windowGini';
import type { Window } from '../../analytics/kpi/comparePeriods';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { clvValues } from '../clv/clvValues';
import { lifecycleSurvival } from '../lifecycle/lifecycleSurvival';
import { satisfactionNpsCompare } from '../satisfaction/satisfactionNpsCompare';
import type { NpsResult, SatisfactionIssue } from '../../analytics/satisfaction/index';
import { stripChoice, stripWindows } from './kpiStrip';

export type KeyFigurePage = 'segments' | 'clv' | 'lifecycle' | 'satisfaction';
export const KEY_FIGURE_PAGES: KeyFigurePage[] = ['segments', 'clv', 'lifecycle', 'satisfaction'];

export interface KeyFigureResult {
	page: KeyFigurePage;
	/** How the value reads: a coefficient, an amount, days, or a score (NPS, −100…100). */
	kind: 'coefficient' | 'money' | 'days' | 'score';
	now: number | null;
	/** Null without a comparison window; `beforeFromIso` says whether there was one. */
	before: number | null;
	nowFromIso: string;
	nowToIso: string;
	beforeFromIso: string | null;
	beforeToIso: string | null;
}

async function figure(
	ctx: AnalysisContext,
	page: KeyFigurePage,
	params: Record<string, unknown>,
	w: Window
): Promise<number | null> {
	const id = String(params.id ?? '');
	try {
		if (page === 'segments') return windowGini(await ctx.transactions(id), w.from, w.to);
		if (page === 'clv') {
			const v = await clvValues(ctx, {
				id,
				source: 'transactions',
				calibrationEnd: w.to,
				settings: params.clv
			});
			if (v.clv.length === 0) return null;
			return v.clv.reduce((s, x) => s + x, 0) / v.clv.length;
		}
		const s = await lifecycleSurvival(ctx, {
			id,
			customersId: params.customersId ?? null,
			asOf: w.to + 1,
			churn: params.churn,
			inactiveDays: params.inactiveDays
		});
		return s.overall.median;
	} catch (e) {
		// Too little history before this window (no fit, no repeat buyers): no figure for it.
		if (e instanceof AnalysisProblem) return null;
		throw e;
	}
}

export async function kpiKeyFigure(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<KeyFigureResult> {
	const page = KEY_FIGURE_PAGES.find((p) => p === params.page) ?? 'segments';
	const { preset, compare } = stripChoice(params);
	const tx = await ctx.transactions(String(params.id ?? ''));
	const { now, before } = stripWindows(tx, preset, compare);
	if (page === 'satisfaction') {
		// Both windows in one pass over the survey, on the strip's windows of the same data.
		const r = await satisfactionNpsCompare(ctx, { ...params, transactionsId: params.id });
		const score = (x: NpsResult | SatisfactionIssue | null | undefined) =>
			x && !('code' in x) ? x.score : null;
		return {
			page,
			kind: 'score',
			now: score(r.periods?.now),
			before: score(r.periods?.before),
			nowFromIso: isoFromDay(now.from),
			nowToIso: isoFromDay(now.to),
			beforeFromIso: before ? isoFromDay(before.from) : null,
			beforeToIso: before ? isoFromDay(before.to) : null
		};
	}
	return {
		page,
		kind: page === 'segments' ? 'coefficient' : page === 'clv' ? 'money' : 'days',
		now: await figure(ctx, page, params, now),
		before: before ? await figure(ctx, page, params, before) : null,
		nowFromIso: isoFromDay(now.from),
		nowToIso: isoFromDay(now.to),
		beforeFromIso: before ? isoFromDay(before.from) : null,
		beforeToIso: before ? isoFromDay(before.to) : null
	};
}
