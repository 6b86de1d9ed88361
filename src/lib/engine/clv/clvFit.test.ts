// The Lifetime value analyses as the worker runs them: CDNOW against the published numbers
// (REFERENCES.md), degenerate data as typed issues without NaN, settings, cache and clvValues.
import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { dayFromISO, isoFromDay } from '../../analytics/dates';
import { transactionsFromRows } from '../../analytics/tableFromRows';
import type { TransactionTable } from '../../analytics/types';
import { clvBundle } from './clvBundle';
import { clvFit, clvFitResult } from './clvFit';
import { clvHistory } from './clvHistory';
import type { ClvFitResult, ClvSettings } from './clvResult';
import { clvSettingsFrom, DEFAULT_CLV_SETTINGS, resolveCalibrationEnd } from './clvSettings';
import { clvValues } from './clvValues';
import { AnalysisProblem, type AnalysisContext } from '../context';

const cdnow = loadCdnow('sample');
const END = dayFromISO('1997-09-30');
const textbook: ClvSettings = {
	...DEFAULT_CLV_SETTINGS,
	id: 'cdnow',
	unit: 'week',
	calibrationEnd: END
};

function ctxFor(tables: Record<string, TransactionTable>): AnalysisContext {
	const missing = () => Promise.reject(new Error('not in this test'));
	return {
		dataset: missing,
		customers: missing,
		survey: missing,
		summary: missing,
		transactions: async (id) => tables[id],
		progress: () => {}
	};
}

/** Every number a view prints outside the per-customer columns (which use NaN for "none"). */
function shownNumbers(r: ClvFitResult): number[] {
	const out: number[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'number') out.push(v);
		else if (ArrayBuffer.isView(v)) out.push(...Array.from(v as Float64Array));
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk({ ...r, customers: null });
	if (r.customers) {
		const c = r.customers;
		walk([c.x, c.tx, c.T, c.expectedPurchases, c.pAlive]);
	}
	return out;
}

describe('clvFitResult on CDNOW, weeks, calibration to 1997-09-30', () => {
	const r = clvFitResult(cdnow, textbook);
	it('fits BG/NBD and Gamma-Gamma as published', () => {
		const bg = { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 };
		for (const [k, v] of Object.entries(bg))
			expect(Math.abs((r.fit?.params[k] ?? 0) / v - 1)).toBeLessThan(0.005);
		expect(r.fit?.logLik).toBeCloseTo(-9582.43, 1);
		expect(r.spendFit?.logLik).toBeCloseTo(-4055.92, 1);
		expect([r.fit?.customers, r.fit?.repeaters]).toEqual([2357, 946]);
	});
	it('holdout means by calibration frequency match the published table', () => {
		const actual = [0.237, 0.697, 1.393, 1.56, 2.532, 2.947, 3.862, 6.359];
		const model = [0.225, 0.523, 1.044, 1.52, 2.164, 2.654, 3.504, 6.157];
		expect(r.holdout?.bins).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
		// Published frequency counts 1411/439/214/100/62/38/29/64.
		expect(Array.from(r.holdout?.customers ?? [])).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
		actual.forEach((v, k) =>
			expect(Math.abs((r.holdout?.actualMean[k] ?? 0) - v)).toBeLessThan(6e-4)
		);
		model.forEach((v, k) =>
			expect(Math.abs((r.holdout?.expectedMean[k] ?? 0) - v)).toBeLessThan(6e-3)
		);
		// 78 − 39 weeks of holdout (1997-10-01 … 1998-06-30 is 273 days = 39 weeks).
		expect(r.data.holdoutLength).toBe(39);
	});
	it('tracking counts every repeat transaction, calibration in the first 39 weeks', () => {
		const t = r.tracking!;
		// Σx = 2,457 repeats in calibration, 1,882 in the holdout (REFERENCES.md).
		expect(t.calibrationPeriods).toBe(39);
		expect(t.actualCumulative[38]).toBe(2457);
		expect(t.actualCumulative[t.actualCumulative.length - 1]).toBe(2457 + 1882);
	});
	it('customer 0001: spend 24.65 and 12-month CLV 36.28 at 1 % a month', () => {
		const c = r.customers!;
		const i = c.ids.indexOf('0001');
		expect(c.expectedSpend[i]).toBeCloseTo(24.65, 2);
		expect(Math.abs(c.clv[i] - 36.28)).toBeLessThan(0.05);
		// Historical CLV at 100 % margin is at least the calibration spend 29.33 + 29.73 + 14.96.
		expect(c.historicalClv[i]).toBeGreaterThanOrEqual(74.02 - 1e-9);
	});
	it('heat maps: BG/NBD gives P(alive) = 1 to a customer who never came back', () => {
		const m = r.matrix!;
		expect(m.pAlive[0]).toBe(1);
		// Rows 0..20, 13 recency columns from 0 to the oldest age T = 272/7 weeks.
		expect([m.x.length, m.tx.length]).toEqual([21, 13]);
		expect(m.T).toBeCloseTo(272 / 7, 9);
	});
	it('shows no NaN', () => expect(shownNumbers(r).every(Number.isFinite)).toBe(true));
	it('horizon, margin and discount reuse the cached fit; CLV is linear in the margin', () => {
		const half = clvFitResult(cdnow, { ...textbook, marginPct: 50 });
		expect(clvBundle(cdnow, 'bgnbd', 'week', END)).toBe(clvBundle(cdnow, 'bgnbd', 'week', END));
		const i = half.customers!.ids.indexOf('0001');
		expect(half.customers!.clv[i] / r.customers!.clv[i]).toBeCloseTo(0.5, 12);
	});
});

describe('degenerate data gets the engine message, never NaN', () => {
	const day = (k: number) => dayFromISO('2024-01-01') + k;
	const iso = (k: number) => new Date(day(k) * 86400000).toISOString().slice(0, 10);
	const cases = [
		{
			name: 'everyone bought once',
			rows: [0, 1, 2, 3].map((k) => ({ customerId: `c${k}`, date: iso(k * 10), amount: 5 })),
			code: 'everyone_bought_once'
		},
		{
			name: 'one customer',
			rows: [0, 5, 9].map((k) => ({ customerId: 'solo', date: iso(k * 10), amount: 5 })),
			code: 'one_customer'
		},
		{
			name: 'all on one day',
			rows: ['a', 'b', 'a', 'c'].map((c) => ({ customerId: c, date: iso(0), amount: 5 })),
			code: 'all_one_day'
		}
	];
	it.each(cases)('$name → $code', ({ rows, code }) => {
		const r = clvFitResult(transactionsFromRows(rows), { ...DEFAULT_CLV_SETTINGS, id: 'x' });
		expect(r.fitError?.code).toBe(code);
		expect([r.fit, r.customers, r.tracking, r.matrix]).toEqual([null, null, null, null]);
		expect(shownNumbers(r).every(Number.isFinite)).toBe(true);
	});
	// 30 customers buying every 7..13 days for 90 days, all at one amount.
	const regular = (amount: (c: number) => number) => {
		const rows = [];
		for (let c = 0; c < 30; c++)
			for (let d = c % 5; d < 90; d += 7 + (c % 7))
				rows.push({ customerId: `n${c}`, date: iso(d), amount: amount(c) });
		return transactionsFromRows(rows);
	};
	const daily = { ...DEFAULT_CLV_SETTINGS, id: 'd', unit: 'day' as const };
	it('negative amounts only: returns are not purchases, so there is nobody to model', () => {
		const r = clvFitResult(
			regular((c) => -10 - c),
			daily
		);
		expect(r.fitError?.code).toBe('no_customers');
		expect(r.issues.map((i) => i.code)).toContain('returns_excluded');
		expect(shownNumbers(r).every(Number.isFinite)).toBe(true);
	});
	it('zero amounts only: purchases are predicted, spend and CLV are not', () => {
		const r = clvFitResult(
			regular(() => 0),
			daily
		);
		expect(r.fit).not.toBeNull();
		expect(r.spendError?.code).toBe('no_positive_spends');
		expect(r.issues.map((i) => i.code)).toContain('nonpositive_spends_excluded');
		expect(r.customers!.clv.every((v) => Number.isNaN(v))).toBe(true);
		expect(shownNumbers(r).every(Number.isFinite)).toBe(true);
	});
});

describe('settings', () => {
	const cases = [
		{ params: { id: 'a' }, expected: { model: 'bgnbd', unit: 'week', horizonMonths: 12 } },
		{
			params: { id: 'a', model: 'paretonbd', unit: 'day' },
			expected: { model: 'paretonbd', unit: 'day' }
		},
		{ params: { id: 'a', model: 'nbd', unit: 'year' }, expected: { model: 'bgnbd', unit: 'week' } },
		{
			params: { id: 'a', marginPct: 250, discountPct: -3 },
			expected: { marginPct: 100, discountPct: 0 }
		},
		{ params: { id: 'a', horizonMonths: 6.6 }, expected: { horizonMonths: 7 } }
	];
	it.each(cases)('$params', ({ params, expected }) =>
		expect(clvSettingsFrom(params)).toMatchObject(expected)
	);
	it('calibration end: default leaves the last third, a chosen day is kept inside the data', () => {
		// CDNOW spans 1997-01-01 … 1998-06-30 = 545 days; a third is 182 days.
		const d = resolveCalibrationEnd({ ...textbook, calibrationEnd: null }, cdnow);
		expect(d.end).toBe(dayFromISO('1998-06-30') - 182);
		const late = resolveCalibrationEnd({ ...textbook, calibrationEnd: END + 5000 }, cdnow);
		expect(late.end).toBe(dayFromISO('1998-06-30'));
	});
});

describe('clvHistory and clvValues', () => {
	const ctx = ctxFor({
		cdnow,
		// 30 customers buying every 7..13 days from 2024-01-01 for 90 days, no amount column.
		plain: transactionsFromRows(
			Array.from({ length: 30 }, (_, c) =>
				Array.from({ length: Math.ceil((90 - (c % 5)) / (7 + (c % 7))) }, (_, j) => ({
					customerId: `p${c}`,
					date: isoFromDay(dayFromISO('2024-01-01') + (c % 5) + j * (7 + (c % 7)))
				}))
			).flat()
		)
	});
	it("customer 0001's P(alive) history jumps at the repeat purchases", async () => {
		const h = await clvHistory(ctx, { ...textbook, customerId: '0001' });
		// Repeats on 1997-01-18, 08-02 and 12-12: 17, 213 and 345 days after 1997-01-01.
		expect(h.purchases).toEqual([17 / 7, 213 / 7, 345 / 7]);
		expect(h.calibrationT).toBeCloseTo(272 / 7, 12);
		expect(Array.from(h.pAlive).every((p) => p >= 0 && p <= 1)).toBe(true);
		expect(h.t[h.t.length - 1]).toBeCloseTo(545 / 7, 9);
	});
	it('clvValues follows the settings the view last used', async () => {
		await clvFit(ctx, { ...textbook, marginPct: 40 });
		const v = await clvValues(ctx, { id: 'cdnow' });
		expect(v.basis).toBe('clv');
		expect(v.ids).toHaveLength(2357);
		const full = clvFitResult(cdnow, textbook).customers!;
		const i = v.ids.indexOf('0001');
		expect(v.clv[i] / full.clv[full.ids.indexOf('0001')]).toBeCloseTo(0.4, 12);
		expect(v.asOf).toBe(END);
	});
	it('clvValues without amounts is a clv.issue problem', async () => {
		await expect(clvValues(ctx, { id: 'plain' })).rejects.toBeInstanceOf(AnalysisProblem);
		await expect(clvValues(ctx, { id: 'plain' })).rejects.toMatchObject({
			code: 'clv.issue.no_amounts'
		});
	});
});
