// The Lifetime value analyses on an imported customer summary (no transactions): the fits equal
// the transactions path on the same customers, the published CDNOW numbers come out of the
// published summary file, the stated unit drives the calendar-month CLV, and everything that
// needs dates is absent rather than NaN.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { clvSummary } from '../../analytics/clv';
import { dayFromISO } from '../../analytics/dates';
import { transactionsFromRows } from '../../analytics/tableFromRows';
import type { SummaryTable } from '../../analytics/types';
import { importBytes } from '../../data/pipeline/importBytes';
import { previewFile } from '../../data/pipeline/previewFile';
import { toSummaryTable, toTransactionTable } from '../../data/tables/toTables';
import { clvFit, clvFitResult, clvSummaryFitResult } from './clvFit';
import { clvHistory } from './clvHistory';
import type { ClvFitResult, ClvSettings } from './clvResult';
import { DEFAULT_CLV_SETTINGS } from './clvSettings';
import { clvValues } from './clvValues';
import { AnalysisProblem, type AnalysisContext } from '../context';

const END = dayFromISO('1997-09-30');
const textbook: ClvSettings = {
	...DEFAULT_CLV_SETTINGS,
	id: 'cdnow',
	unit: 'week',
	calibrationEnd: END
};
const asSummary: ClvSettings = { ...textbook, id: 'su', source: 'summary', calibrationEnd: null };

/** A summary CSV through the Data page's own pipeline (kind detected from the header). */
function importSummary(path: string, unit: SummaryTable['unit'] = 'week'): SummaryTable {
	const bytes = new Uint8Array(readFileSync(path));
	const preview = previewFile(bytes, path);
	expect(preview.mapping.kind).toBe('summary');
	return toSummaryTable(importBytes(bytes, preview.mapping, dayFromISO('2030-01-01')), unit);
}

/** The engine's own calibration summary as an imported summary table (full precision). */
function engineSummary(): SummaryTable {
	const s = clvSummary(loadCdnow('sample'), { calibrationEnd: END, unit: 'week' });
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

function ctxFor(summaries: Record<string, SummaryTable>): AnalysisContext {
	const missing = () => Promise.reject(new Error('not in this test'));
	return {
		dataset: missing,
		customers: missing,
		survey: missing,
		transactions: missing,
		summary: async (id) => summaries[id],
		progress: () => {}
	};
}

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('CDNOW: summary path = transactions path', () => {
	const viaTx = clvFitResult(loadCdnow('sample'), textbook);
	const viaSummary = clvSummaryFitResult(engineSummary(), asSummary);
	it('same BG/NBD and Gamma-Gamma parameters and log-likelihoods', () => {
		for (const [k, v] of Object.entries(viaTx.fit!.params))
			expect(rel(viaSummary.fit!.params[k], v), k).toBeLessThan(1e-6);
		for (const [k, v] of Object.entries(viaTx.spendFit!.params))
			expect(rel(viaSummary.spendFit!.params[k], v), k).toBeLessThan(1e-6);
		expect(viaSummary.fit!.logLik).toBeCloseTo(viaTx.fit!.logLik, 6);
		expect(viaSummary.spendFit!.logLik).toBeCloseTo(viaTx.spendFit!.logLik, 6);
		// Published: 2,357 customers, 946 repeaters, BG/NBD r 0.2426 (REFERENCES.md).
		expect([viaSummary.fit!.customers, viaSummary.fit!.repeaters]).toEqual([2357, 946]);
		expect(rel(viaSummary.fit!.params.r, 0.2426)).toBeLessThan(0.005);
	});
	it('same predictions and CLV per customer, and the same heat maps', () => {
		const a = viaTx.customers!;
		const b = viaSummary.customers!;
		const at = new Map(a.ids.map((id, i) => [id, i]));
		let checked = 0;
		b.ids.forEach((id, k) => {
			const i = at.get(id)!;
			expect(b.expectedPurchases[k]).toBeCloseTo(a.expectedPurchases[i], 6);
			expect(b.pAlive[k]).toBeCloseTo(a.pAlive[i], 6);
			expect(b.clv[k]).toBeCloseTo(a.clv[i], 4);
			checked++;
		});
		expect(checked).toBe(2357);
		expect(viaSummary.matrix!.pAlive.length).toBe(viaTx.matrix!.pAlive.length);
		viaTx.matrix!.pAlive.forEach((v, j) => expect(viaSummary.matrix!.pAlive[j]).toBeCloseTo(v, 6));
		viaTx.matrix!.expected.forEach((v, j) =>
			expect(viaSummary.matrix!.expected[j]).toBeCloseTo(v, 6)
		);
	});
	it('what needs dates is absent, not NaN: no tracking, holdout, example or historical CLV', () => {
		const r = viaSummary;
		expect([r.tracking, r.holdout, r.example]).toEqual([null, null, null]);
		expect(r.data.source).toBe('summary');
		expect(r.customers!.historicalClv.every(Number.isNaN)).toBe(true);
		expect(r.issues).toEqual([]);
	});
});

describe('summary files', () => {
	it('the published lifetimes summary (2 d.p.) gives the published fits within 0.5 %', () => {
		// tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar.
		const table = importSummary(
			'tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv'
		);
		const r = clvSummaryFitResult(table, asSummary);
		const bg = { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 };
		for (const [k, v] of Object.entries(bg))
			expect(rel(r.fit!.params[k], v), k).toBeLessThan(0.005);
		const gg = { p: 6.2496, q: 3.7442, gamma: 15.4435 };
		for (const [k, v] of Object.entries(gg))
			expect(rel(r.spendFit!.params[k], v), k).toBeLessThan(0.005);
		expect(r.fit!.logLik).toBeCloseTo(-9582.43, 0);
	});
	it('the DuckDB summary of the teaching sample fits like its transactions', () => {
		// tests/fixtures/summary/retail_btyd_weeks.csv: docs/sql/btyd.duckdb.sql, calibration end
		// 2024-12-31 (see the folder's README).
		const table = importSummary('tests/fixtures/summary/retail_btyd_weeks.csv');
		const bytes = new Uint8Array(readFileSync('static/samples/retail/transactions.csv'));
		const preview = previewFile(bytes, 'transactions.csv');
		const tx = toTransactionTable(importBytes(bytes, preview.mapping, dayFromISO('2030-01-01')));
		const viaTx = clvFitResult(tx, {
			...textbook,
			id: 'retail',
			calibrationEnd: dayFromISO('2024-12-31')
		});
		const viaSummary = clvSummaryFitResult(table, { ...asSummary, id: 'retail-su' });
		// The file keeps 6 decimals of t_x and T and 4 of the mean spend.
		for (const [k, v] of Object.entries(viaTx.fit!.params))
			expect(rel(viaSummary.fit!.params[k], v), k).toBeLessThan(1e-4);
		// Gamma-Gamma weighs each mean by its number of positive repeat days; 119 repeat days of
		// this sample have no positive spend, which a summary cannot say (it counts all x), so
		// the spend model is close but not equal.
		for (const [k, v] of Object.entries(viaTx.spendFit!.params))
			expect(rel(viaSummary.spendFit!.params[k], v), k).toBeLessThan(5e-3);
		expect(viaSummary.fit!.customers).toBe(viaTx.fit!.customers);
	});
});

describe('the stated unit', () => {
	// The same customers stated in days instead of weeks (t_x and T × 7): rates change by 7, but
	// purchases and CLV over 12 calendar months must not change at all.
	const weeks = engineSummary();
	const days: SummaryTable = {
		...weeks,
		recency: weeks.recency.map((v) => v * 7),
		T: weeks.T.map((v) => v * 7),
		unit: 'day'
	};
	const w = clvSummaryFitResult(weeks, { ...asSummary, unit: 'week' });
	const d = clvSummaryFitResult(days, { ...asSummary, id: 'su-days', unit: 'day' });
	it('scales alpha by 7 and leaves a, b alone', () => {
		expect(rel(d.fit!.params.alpha, 7 * w.fit!.params.alpha)).toBeLessThan(1e-3);
		expect(rel(d.fit!.params.a, w.fit!.params.a)).toBeLessThan(1e-3);
		expect(rel(d.fit!.params.r, w.fit!.params.r)).toBeLessThan(1e-3);
	});
	it('gives the same 12-month CLV whichever unit the file is in', () => {
		let total = [0, 0];
		w.customers!.clv.forEach((v, i) => (total = [total[0] + v, total[1] + d.customers!.clv[i]]));
		expect(rel(total[1], total[0])).toBeLessThan(1e-3);
		// Reading the weekly file as days would be wrong by far: purchases per "day" are 7× too many.
		const wrong = clvSummaryFitResult({ ...weeks }, { ...asSummary, id: 'su-wrong', unit: 'day' });
		let wrongTotal = 0;
		wrong.customers!.clv.forEach((v) => (wrongTotal += v));
		expect(wrongTotal / total[0]).toBeGreaterThan(3);
	});
});

describe('degenerate summaries: the engine message, never NaN', () => {
	const table = (rows: [string, number, number, number, number][]): SummaryTable => ({
		length: rows.length,
		ids: rows.map((r) => r[0]),
		frequency: Float64Array.from(rows, (r) => r[1]),
		recency: Float64Array.from(rows, (r) => r[2]),
		T: Float64Array.from(rows, (r) => r[3]),
		monetary: Float64Array.from(rows, (r) => r[4]),
		unit: 'week'
	});
	const cases: {
		name: string;
		rows: [string, number, number, number, number][];
		code: string;
		dropped: number;
	}[] = [
		{
			name: 'everyone bought once',
			rows: [
				['a', 0, 0, 5, 0],
				['b', 0, 0, 3, 0],
				['c', 0, 0, 2, 0]
			],
			code: 'everyone_bought_once',
			dropped: 0
		},
		{
			name: 'every row impossible',
			rows: [
				['a', -1, 0, 5, 0],
				['b', 2, 9, 3, 1]
			],
			code: 'no_customers',
			dropped: 2
		},
		{
			name: 'one customer left',
			rows: [
				['a', 2, 1, 5, 9],
				['b', 2, 9, 3, 1]
			],
			code: 'one_customer',
			dropped: 1
		}
	];
	it.each(cases)('$name → $code', ({ rows, code, dropped }) => {
		const r: ClvFitResult = clvSummaryFitResult(table(rows), { ...asSummary, id: `deg-${code}` });
		expect(r.fitError?.code).toBe(code);
		expect(r.data.dropped).toBe(dropped);
		expect([r.fit, r.customers, r.matrix]).toEqual([null, null, null]);
	});
});

describe('worker entry points with a summary dataset', () => {
	const ctx = ctxFor({ su: engineSummary() });
	it('clvFit reads ctx.summary when the source is a summary', async () => {
		const r = (await clvFit(ctx, { ...asSummary })) as ClvFitResult;
		expect(r.settings.source).toBe('summary');
		expect(r.fit!.customers).toBe(2357);
	});
	it('clvValues gives monetary CLV for the pyramid; clvHistory says it needs transactions', async () => {
		const v = await clvValues(ctx, { id: 'su', source: 'summary', unit: 'week' });
		expect(v.ids.length).toBe(2357);
		expect(v.clv.every(Number.isFinite)).toBe(true);
		await expect(clvHistory(ctx, { ...asSummary, customerId: '0001' })).rejects.toEqual(
			new AnalysisProblem('clvView.summary.needsTransactions')
		);
	});
	it('a tiny hand-made summary: one customer with no repeat keeps P(alive) = 1 under BG/NBD', () => {
		const rows = [];
		for (let c = 0; c < 40; c++) rows.push({ customerId: `k${c}`, date: '2024-01-01', amount: 10 });
		for (let c = 0; c < 20; c++)
			rows.push({ customerId: `k${c}`, date: `2024-0${2 + (c % 5)}-0${1 + (c % 9)}`, amount: 12 });
		const s = clvSummary(transactionsFromRows(rows), {
			calibrationEnd: dayFromISO('2024-08-01'),
			unit: 'week'
		});
		const r = clvSummaryFitResult(
			{
				length: s.length,
				ids: s.ids,
				frequency: s.x,
				recency: s.tx,
				T: s.T,
				monetary: s.meanSpend,
				unit: 'week'
			},
			{ ...asSummary, id: 'tiny' }
		);
		const c = r.customers!;
		// BG/NBD: a customer who never came back cannot have dropped out (P(alive) = 1).
		expect(c.pAlive[c.ids.indexOf('k39')]).toBe(1);
	});
});
