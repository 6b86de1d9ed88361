// clvPredictReport and clvCompareReport (what `cli predict` and `cli compare` print) on the CDNOW
// sample to 1997-09-30, weekly, against published numbers (/work/shared/REFERENCES.md): customer
// 1 (master id 00004) spends 24.65 by Gamma-Gamma and has a 12-month CLV of 36.28 at 1 % a month,
// from the transactions and from the same data as a summary; BG/NBD and Pareto/NBD
// log-likelihoods −9582.43 and −9594.98, Gamma-Gamma −4055.92, 1,882 holdout purchases.
import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { clvSummary } from '../../analytics/clv';
import { dayFromISO } from '../../analytics/dates';
import type { SummaryTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { runAnalysis } from '../registry';

const END = dayFromISO('1997-09-30');
const tx = loadCdnow('sample');
const s = clvSummary(tx, { calibrationEnd: END, unit: 'week' });
const summary: SummaryTable = {
	length: s.length,
	ids: s.ids,
	frequency: s.x,
	recency: s.tx,
	T: s.T,
	monetary: s.meanSpend,
	unit: 'week'
};
const ctx: AnalysisContext = {
	dataset: () => Promise.reject(new AnalysisProblem('dataset_missing')),
	customers: () => Promise.reject(new AnalysisProblem('dataset_missing')),
	survey: () => Promise.reject(new AnalysisProblem('dataset_missing')),
	transactions: async () => tx,
	summary: async () => summary,
	progress: () => {}
};

describe('clvPredictReport: customer 1, 12 months at 1 % a month (published)', () => {
	it.each([
		{ source: 'transactions' as const, calibrationEnd: END },
		{ source: 'summary' as const }
	])('from $source', async (p) => {
		const r = await runAnalysis(ctx, 'clvPredictReport', {
			id: 'cdnow',
			model: 'bgnbd',
			unit: 'week',
			months: 12,
			discountRate: 0.01,
			margin: 1,
			...p
		});
		expect([r.horizonMonths, r.customers.length, r.dropped]).toEqual([12, 2357, 0]);
		const c = r.customers.find((k) => k.customerId === '0001')!;
		expect([c.x, c.tx, c.T]).toEqual([2, 213 / 7, 272 / 7]);
		expect(c.expectedSpend).toBeCloseTo(24.65, 2);
		expect(Math.abs(c.clv! - 36.28)).toBeLessThan(0.05);
	});
});

describe('clvCompareReport (published log-likelihoods)', () => {
	it('three models and Gamma-Gamma to 1997-09-30', async () => {
		const r = await runAnalysis(ctx, 'clvCompareReport', {
			id: 'cdnow',
			unit: 'week',
			calibrationEnd: END
		});
		const c = r.comparison;
		expect([r.calibrationEnd, c.customers, c.holdoutLength]).toEqual([END, 2357, 39]);
		expect(c.models.map((m) => m.model)).toEqual(['bgnbd', 'mbgnbd', 'paretonbd']);
		expect(c.models[0].logLik).toBeCloseTo(-9582.43, 2);
		expect(c.models[2].logLik).toBeCloseTo(-9594.98, 2);
		expect(c.models.every((m) => m.holdout!.actual === 1882)).toBe(true);
		expect(r.spend!.logLik).toBeCloseTo(-4055.92, 2);
		expect(r.spendIssue).toBeNull();
	}, 60_000);
});
