import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { clvSummary } from './clvSummary';
import type { TransactionModel } from './clvTypes';
import { fitTransactionModel } from './fitTransactionModel';
import { historicalClv } from './historicalClv';
import { holdoutByFrequency, predictionErrors } from './holdoutByFrequency';
import { retentionClv } from './retentionClv';
import { spendFrequencyCorrelation } from './spendFrequencyCorrelation';
import { trackingSeries } from './trackingSeries';
import { expectedPurchases } from './transactionPredict';

const cdnow = loadCdnow('sample');
const s = clvSummary(cdnow, { calibrationEnd: dayFromISO('1997-09-30'), unit: 'week' });
const fit = fitTransactionModel(s, 'bgnbd');
if (!fit.ok) throw new Error('fit failed');
const bg = fit.fit;

describe('holdout by calibration frequency (REFERENCES.md)', () => {
	const h = holdoutByFrequency(s, bg);
	const actual = [0.237, 0.697, 1.393, 1.56, 2.532, 2.947, 3.862, 6.359];
	const model = [0.225, 0.523, 1.044, 1.52, 2.164, 2.654, 3.504, 6.157];
	it.each(h.bins.map((b, k) => [b, k]))('x = %s', (_b, k) => {
		expect(Math.abs(h.actualMean[k] - actual[k])).toBeLessThanOrEqual(0.0005);
		expect(Math.abs(h.expectedMean[k] - model[k])).toBeLessThanOrEqual(0.001);
	});
	it('per-customer errors are finite and MAE <= RMSE', () => {
		const e = predictionErrors(s.holdoutX, h.expected);
		expect(e.mae).toBeGreaterThan(0);
		expect(e.mae).toBeLessThanOrEqual(e.rmse);
	});
});

describe('predictionErrors by hand', () => {
	it('MAE (1+1+2)/3, RMSE √((1+1+4)/3)', () => {
		const e = predictionErrors([1, 2, 3], [2, 1, 5]);
		expect(e.mae).toBeCloseTo(4 / 3, 14);
		expect(e.rmse).toBeCloseTo(Math.sqrt(2), 14);
	});
});

describe('tracking series', () => {
	it('CDNOW: 78 weekly periods, 39 in calibration, actual totals 2457 + 1882', () => {
		const t = trackingSeries(cdnow, s, bg);
		expect([t.periodStart.length, t.calibrationPeriods]).toEqual([78, 39]);
		expect(t.actualCumulative[38]).toBe(2457);
		expect(t.actualCumulative[77]).toBe(2457 + 1882);
		// The model's cumulative line at the calibration end is Σ E[X(T_i)] over customers.
		let sum = 0;
		for (let i = 0; i < s.length; i++) sum += expectedPurchases(bg, s.T[i]);
		expect(t.expectedCumulative[38]).toBeCloseTo(sum, 8);
		expect(t.expected.reduce((a, v) => a + v, 0)).toBeCloseTo(t.expectedCumulative[77], 8);
	});
	it('ages each customer from their own first purchase', () => {
		// Two customers born 7 days apart, weekly periods, a fixed model.
		const table = transactionsFromRows([
			{ customerId: 'a', date: '2024-01-01' },
			{ customerId: 'a', date: '2024-01-10' },
			{ customerId: 'b', date: '2024-01-08' },
			{ customerId: 'b', date: '2024-01-21' }
		]);
		const ss = clvSummary(table, { calibrationEnd: dayFromISO('2024-01-14'), unit: 'week' });
		const m: TransactionModel = { model: 'paretonbd', params: { r: 1, alpha: 2, s: 1, beta: 5 } };
		const t = trackingSeries(table, ss, m);
		// Periods start 01-01, 01-08, 01-15 (last runs to 01-21). Period 1 ends on day 13 for a and
		// day 6 for b: cumulative = E[X(13/7)] + E[X(6/7)].
		expect(Array.from(t.actual)).toEqual([0, 1, 1]);
		expect(t.expectedCumulative[1]).toBeCloseTo(
			expectedPurchases(m, 13 / 7) + expectedPurchases(m, 6 / 7),
			12
		);
		expect(t.calibrationPeriods).toBe(2);
	});
});

describe('Gamma-Gamma independence check', () => {
	const cases: [string, number[], number[], number, boolean][] = [
		// Perfect line → r = 1 → warning; a constant spend → 0; x = 0 rows are ignored.
		['proportional', [1, 2, 3], [10, 20, 30], 1, true],
		['constant spend', [1, 2, 3], [5, 5, 5], 0, false],
		// x = (1, 2, 3), y = (10, 30, 20): Σdxdy = 10, Σdx² = 2, Σdy² = 200 → r = 10/√400 = 0.5
		['moderate', [1, 2, 3, 0], [10, 30, 20, 0], 0.5, true]
	];
	it.each(cases)('%s', (_n, x, y, r, warn) => {
		const out = spendFrequencyCorrelation(x, y);
		expect(out.r).toBeCloseTo(r, 12);
		expect(out.issue !== null).toBe(warn);
	});
	it('CDNOW: frequency and spend are nearly independent', () => {
		const out = spendFrequencyCorrelation(s.x, s.meanSpend);
		expect(out.n).toBe(946);
		expect(Math.abs(out.r)).toBeLessThan(0.3);
		expect(out.issue).toBeNull();
	});
});

describe('historical and retention CLV by hand', () => {
	it('compounds past margin to asOf', () => {
		const table = transactionsFromRows([
			{ customerId: 'a', date: '2023-01-01', amount: 100 },
			{ customerId: 'a', date: '2024-01-01', amount: 50 },
			{ customerId: 'b', date: '2025-01-01', amount: 70 }
		]);
		const v = historicalClv(table, {
			asOf: dayFromISO('2024-01-01'),
			margin: 0.5,
			annualRate: 0.1
		})!;
		// 2023-01-01 is 365 days before asOf: 0.5·100·1.1^(365/365.25) + 0.5·50; b's purchase is later.
		expect(v[0]).toBeCloseTo(50 * 1.1 ** (365 / 365.25) + 25, 10);
		expect(v[1]).toBe(0);
	});
	const cases: [number, number, number, number][] = [
		[100, 0.8, 0.1, 80 / 0.3],
		[50, 0.5, 0, 50],
		[10, 1, 0.1, 10 / 0.1]
	];
	it.each(cases)('m·r/(1+d−r) for m=%f r=%f d=%f', (m, r, d, expected) => {
		expect(retentionClv(m, r, d)).toBeCloseTo(expected, 6);
	});
});
