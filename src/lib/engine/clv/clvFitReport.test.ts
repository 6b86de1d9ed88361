// clvFitReport (what `cli fit` prints) through the registry, on the CDNOW sample to 1997-09-30
// against the published fits (/work/shared/REFERENCES.md: BTYD / lifetimes / CLVTools), from the
// transactions and from the same data as a customer summary; data that cannot be fitted is a
// typed problem, `clv.issue.<code>`.
import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { clvSummary, type ClvModelName } from '../../analytics/clv';
import { dayFromISO } from '../../analytics/dates';
import { transactionsFromRows } from '../../analytics/tableFromRows';
import type { SummaryTable, TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { runAnalysis } from '../registry';

const END = dayFromISO('1997-09-30');
const cdnow = loadCdnow('sample');

function summaryOf(table: TransactionTable): SummaryTable {
	const s = clvSummary(table, { calibrationEnd: END, unit: 'week' });
	return {
		length: s.length,
		ids: s.ids,
		frequency: s.x,
		recency: s.tx,
		T: s.T,
		monetary: s.meanSpend,
		unit: 'week'
	};
}

function ctx(tx: TransactionTable | null, summary: SummaryTable | null): AnalysisContext {
	const missing = () => Promise.reject(new AnalysisProblem('dataset_missing'));
	return {
		dataset: missing,
		customers: missing,
		survey: missing,
		transactions: tx ? async () => tx : missing,
		summary: summary ? async () => summary : missing,
		progress: () => {}
	};
}

const published: { model: ClvModelName; params: Record<string, number>; logLik: number }[] = [
	{ model: 'bgnbd', params: { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 }, logLik: -9582.43 },
	{
		model: 'paretonbd',
		params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.669 },
		logLik: -9594.98
	},
	{ model: 'gammagamma', params: { p: 6.2496, q: 3.7442, gamma: 15.4435 }, logLik: -4055.92 }
];

describe('clvFitReport on CDNOW (published fits)', () => {
	const c = ctx(cdnow, summaryOf(cdnow));
	it.each(
		published.flatMap((p) => [
			{ ...p, source: 'transactions' as const },
			{ ...p, source: 'summary' as const }
		])
	)(
		'$model from $source',
		async ({ model, params, logLik, source }) => {
			const r = await runAnalysis(c, 'clvFitReport', {
				id: 'cdnow',
				source,
				model,
				unit: 'week',
				...(source === 'transactions' ? { calibrationEnd: END } : {})
			});
			expect(r.model).toBe(model);
			for (const [k, v] of Object.entries(params))
				expect(Math.abs(r.params[k] / v - 1), k).toBeLessThan(0.005);
			expect(r.logLik).toBeCloseTo(logLik, 0);
			expect(r.customers).toBe(2357);
			expect(r.dropped).toBe(0);
		},
		60_000
	);
});

describe('clvFitReport problems', () => {
	const once = transactionsFromRows([
		{ customerId: 'A', date: '2024-01-05', amount: 10 },
		{ customerId: 'B', date: '2024-02-05', amount: 12 },
		{ customerId: 'C', date: '2024-03-01', amount: 8 }
	]);
	const one = transactionsFromRows([
		{ customerId: 'A', date: '2024-01-05', amount: 10 },
		{ customerId: 'A', date: '2024-03-05', amount: 12 }
	]);
	it.each([
		{
			name: 'everyone bought once',
			tx: once,
			model: 'bgnbd',
			code: 'clv.issue.everyone_bought_once'
		},
		{ name: 'one customer', tx: one, model: 'paretonbd', code: 'clv.issue.one_customer' }
	])('$name → $code', async ({ tx, model, code }) => {
		const run = runAnalysis(ctx(tx, null), 'clvFitReport', {
			id: 'x',
			source: 'transactions',
			model,
			unit: 'week'
		});
		await expect(run).rejects.toBeInstanceOf(AnalysisProblem);
		await expect(run).rejects.toMatchObject({ code });
	});
});
