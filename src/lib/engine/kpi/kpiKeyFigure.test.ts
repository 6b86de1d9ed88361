// The pages' key figures in the KPI strip on the teaching sample: over all the data each equals
// what its page computes by default (Lifecycle's Kaplan–Meier median), and with a comparison on
// both windows get their own figure.
import { describe, expect, it } from 'vitest';
import { retailContext, retailTransactions } from '../../../../tests/helpers/retailContext';
import { dayFromISO } from '../../analytics/dates';
import { windowGini } from '../../analytics/kpi/windowGini';
import { lifecycleSurvival } from '../lifecycle/lifecycleSurvival';
import { kpiKeyFigure } from './kpiKeyFigure';

const retail = retailTransactions();
const ctx = retailContext();

describe('kpiKeyFigure on the teaching sample', () => {
	it('Lifecycle over all the data: the page’s own median lifetime', async () => {
		const r = await kpiKeyFigure(ctx, { page: 'lifecycle', id: 'tx', preset: 'all' });
		const page = await lifecycleSurvival(ctx, { id: 'tx' });
		expect([r.kind, r.now, r.before]).toEqual(['days', page.overall.median, null]);
		expect(r.now).toBeGreaterThan(0);
	});

	it.each([
		['segments', 'coefficient'],
		['lifecycle', 'days'],
		['clv', 'money']
	] as const)(
		'%s, last 12 months vs the previous 12: a figure for each window',
		async (page, kind) => {
			const r = await kpiKeyFigure(ctx, {
				page,
				id: 'tx',
				preset: 'last12m',
				compare: 'previous'
			});
			expect(r.kind).toBe(kind);
			expect(r.beforeToIso! < r.nowFromIso).toBe(true);
			expect(Number.isFinite(r.now) && Number.isFinite(r.before)).toBe(true);
			if (page === 'segments') {
				const g = (from: string, to: string) =>
					windowGini(retail, dayFromISO(from), dayFromISO(to));
				expect(r.now).toBe(g(r.nowFromIso, r.nowToIso));
				expect(r.before).toBe(g(r.beforeFromIso!, r.beforeToIso!));
				expect(r.now! > 0 && r.now! < 1).toBe(true);
			}
			// Different data up to each end: a different figure.
			expect(r.now).not.toBe(r.before);
		},
		60_000
	);
});

describe('the Lifetime value figure follows the page’s settings', () => {
	// CLV is the margin times the discounted expected revenue, so at a 50 % margin the mean is
	// exactly half of the one at 100 % (the defaults' margin) — whatever the model fits.
	it('a margin of 50 % halves the mean CLV; another model gives another figure', async () => {
		const at = (clv: Record<string, unknown>) =>
			kpiKeyFigure(ctx, { page: 'clv', id: 'tx', preset: 'all', clv });
		const full = await at({ marginPct: 100 });
		const half = await at({ marginPct: 50 });
		expect(half.now!).toBeCloseTo(full.now! / 2, 6);
		const pareto = await at({ marginPct: 100, model: 'paretonbd' });
		expect(pareto.now).not.toBeCloseTo(full.now!, 2);
	}, 60_000);
});
