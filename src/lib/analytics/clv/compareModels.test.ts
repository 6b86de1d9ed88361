// Model comparison on the CDNOW sample against an independent implementation (the three
// likelihoods written out with scipy in tests/fixtures/reference/btydModels.py, output committed
// beside it) and the published numbers in REFERENCES.md (BG/NBD −9582.43, Pareto/NBD −9594.98,
// 1,882 holdout repeat purchases, BG/NBD holdout means by frequency).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { clvSummary } from './clvSummary';
import { compareModels } from './compareModels';

const reference = JSON.parse(readFileSync('tests/fixtures/reference/btydModels.json', 'utf8')) as {
	customers: number;
	holdoutActual: number;
	models: Record<
		string,
		{
			params: number[];
			logLik: number;
			aic: number;
			bic: number;
			holdoutPredicted?: number;
			holdoutMae?: number;
			holdoutRmse?: number;
		}
	>;
};

const s = clvSummary(loadCdnow('sample'), {
	calibrationEnd: dayFromISO('1997-09-30'),
	unit: 'week'
});
const c = compareModels(s);

describe('compareModels on CDNOW against scipy', () => {
	it('compares the three models on the same 2,357 customers', () => {
		expect(c.customers).toBe(reference.customers);
		expect(c.models.map((m) => m.model)).toEqual(['bgnbd', 'mbgnbd', 'paretonbd']);
		expect(c.failed).toEqual([]);
	});
	it.each(['bgnbd', 'mbgnbd', 'paretonbd'])('%s: parameters, logLik, AIC, BIC', (name) => {
		const m = c.models.find((x) => x.model === name)!;
		const ref = reference.models[name];
		Object.values(m.params).forEach((v, i) =>
			expect(Math.abs(v / ref.params[i] - 1)).toBeLessThan(1e-5)
		);
		expect(m.logLik).toBeCloseTo(ref.logLik, 5);
		expect(m.aic).toBeCloseTo(ref.aic, 5);
		expect(m.bic).toBeCloseTo(ref.bic, 5);
	});
	it('published log-likelihoods', () => {
		expect(c.models[0].logLik).toBeCloseTo(-9582.43, 2);
		expect(c.models[2].logLik).toBeCloseTo(-9594.98, 2);
	});
	it('BG/NBD holdout: 1,882 actual, total predicted, MAE and RMSE as scipy computes them', () => {
		const h = c.models[0].holdout!;
		const ref = reference.models.bgnbd;
		expect(h.actual).toBe(reference.holdoutActual);
		expect(h.predicted).toBeCloseTo(ref.holdoutPredicted!, 4);
		expect(h.errorPct).toBeCloseTo(((ref.holdoutPredicted! - 1882) / 1882) * 100, 4);
		expect(h.mae).toBeCloseTo(ref.holdoutMae!, 6);
		expect(h.rmse).toBeCloseTo(ref.holdoutRmse!, 6);
		// REFERENCES.md: actual and BG/NBD means for x = 0 and 7+.
		expect(c.models[0].byFrequency[0].actual).toBeCloseTo(0.237, 3);
		expect(c.models[0].byFrequency[0].predicted).toBeCloseTo(0.225, 3);
		expect(c.models[0].byFrequency[7].predicted).toBeCloseTo(6.157, 3);
	});
	it('best by holdout and by BIC; only MBG/NBD misses (−16 % in total)', () => {
		// Totals: BG/NBD −12.1 %, MBG/NBD −16.2 %, Pareto/NBD −11.5 % (one-timers 0.58 of actual).
		expect(c.bestByHoldout).toBe('paretonbd');
		expect(c.bestByBic).toBe('mbgnbd');
		expect(c.models.map((m) => m.misses)).toEqual([false, true, false]);
		expect(c.allMiss).toBe(false);
	});
});

describe('compareModels flags', () => {
	// Ten customers who each buy every week through calibration, then once in nine holdout
	// weeks: every model forecasts far more than those ten purchases, so all miss by > 15 %.
	const rows = [];
	for (let c = 0; c < 10; c++)
		for (let w = 0; w < 10; w++)
			rows.push({ customerId: `c${c}`, date: isoPlus('2024-01-01', 7 * w + c), amount: 10 });
	for (let c = 0; c < 10; c++) rows.push({ customerId: `c${c}`, date: '2024-05-15', amount: 10 });
	rows.push({ customerId: 'c0', date: '2024-06-01', amount: 1 });
	const t = transactionsFromRows(rows);
	const s2 = clvSummary(t, { calibrationEnd: dayFromISO('2024-03-31'), unit: 'week' });
	const r = compareModels(s2);
	it('every model misses: allMiss', () => {
		expect(r.models.length).toBeGreaterThan(0);
		for (const m of r.models) {
			expect(m.holdout!.actual).toBe(11);
			expect(m.holdout!.errorPct!).toBeGreaterThan(15);
		}
		expect(r.allMiss).toBe(true);
	});
	it('without a holdout there is nothing to miss', () => {
		const s3 = clvSummary(t, { calibrationEnd: dayFromISO('2024-06-01'), unit: 'week' });
		const r3 = compareModels(s3);
		expect(r3.holdoutLength).toBe(0);
		expect(r3.models.every((m) => m.holdout === null && !m.misses)).toBe(true);
		expect([r3.allMiss, r3.bestByHoldout]).toEqual([false, null]);
	});
});

function isoPlus(iso: string, days: number): string {
	return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}
