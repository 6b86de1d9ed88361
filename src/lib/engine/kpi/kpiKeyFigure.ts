// The page's own key figure in the KPI strip, for the strip's window and, with a comparison on,
// for the comparison window — each computed here from the data up to that window's end:
// Segments — the Gini of net revenue per customer over the window's buyers; Lifetime value —
// the mean expected customer value of the Lifetime value model (its default settings)
// calibrated on the data up to the window's last day; Lifecycle — the median relationship
// lifetime (Kaplan–Meier, the shared alive/churned rule) as known the day after the window.
// A figure that cannot be had for a window (too little history, no repeat buyers) is null.
import { isoFromDay } from '../../analytics/dates';
import { windowGini } from '../../analytics/kpi/windowGini';
import type { Window } from '../../analytics/kpi/comparePeriods';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { clvValues } from '../clv/clvValues';
import { lifecycleSurvival } from '../lifecycle/lifecycleSurvival';
import { stripChoice, stripWindows } from './kpiStrip';

export type KeyFigurePage = 'segments' | 'clv' | 'lifecycle';
export const KEY_FIGURE_PAGES: KeyFigurePage[] = ['segments', 'clv', 'lifecycle'];

export interface KeyFigureResult {
	page: KeyFigurePage;
	/** How the value reads: a coefficient, an amount, or days. */
	kind: 'coefficient' | 'money' | 'days';
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
			const v = await clvValues(ctx, { id, calibrationEnd: w.to });
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
