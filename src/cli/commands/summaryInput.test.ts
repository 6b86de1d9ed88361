// `cli fit`, `predict`, `rfm` and `pyramid` on customer-summary files: the CDNOW summary made by
// docs/sql/btyd.duckdb.sql gives the published fits and the transactions file's numbers, the
// stated --unit drives the calendar-month horizon, and options that need dates are refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { fitCommand } from './fit';
import { predictCommand } from './predict';
import { pyramidCommand } from './pyramid';
import { rfmCommand } from './rfm';

const CDNOW_TX = 'tests/fixtures/cdnow/CDNOW_sample.txt';
const CDNOW_SUMMARY = 'tests/fixtures/summary/cdnow_btyd_weeks.csv';
const RETAIL_SUMMARY = 'tests/fixtures/summary/retail_btyd_weeks.csv';
const TEXTBOOK = { 'calibration-end': '1997-09-30', unit: 'week' };
const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('cli fit on a summary', () => {
	// Published CDNOW fits (REFERENCES.md).
	const published = [
		{ model: 'bgnbd', params: { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 }, logLik: -9582.43 },
		{
			model: 'pareto-nbd',
			params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.669 },
			logLik: -9594.98
		},
		{ model: 'gamma-gamma', params: { p: 6.2496, q: 3.7442, gamma: 15.4435 }, logLik: -4055.92 }
	];
	it.each(published)('$model: the published fit, and the transactions file’s', async (ref) => {
		const s = await fitCommand(CDNOW_SUMMARY, { model: ref.model });
		const t = await fitCommand(CDNOW_TX, { ...TEXTBOOK, model: ref.model });
		expect([s.input, s.unit, t.input]).toEqual(['summary', 'week', 'transactions']);
		for (const [k, v] of Object.entries(ref.params)) {
			expect(rel(s.params[k], v), k).toBeLessThan(0.005);
			// The file keeps t_x and T to 6 decimals and spends to 4: the same fit to 1e-4.
			expect(rel(s.params[k], t.params[k]), k).toBeLessThan(1e-4);
		}
		expect(Math.abs(s.logLik - ref.logLik)).toBeLessThan(0.01);
		expect([s.customers, s.repeaters]).toEqual([2357, 946]);
	});
});

describe('cli predict on a summary', () => {
	it('customer 1 (master id 4): Gamma-Gamma spend 24.65 and 12-month CLV 36.28', async () => {
		// The published CLVs are over 12 calendar months (--horizon 52 would be 52 weeks exactly).
		const out = await predictCommand(CDNOW_SUMMARY, { model: 'bgnbd', 'horizon-months': '12' });
		expect([out.input, out.horizonMonths]).toEqual(['summary', 12]);
		const c = out.customers.find((k) => k.customerId === '4')!;
		// x = 2, t_x = 213/7, T = 272/7 weeks (REFERENCES.md), to the file's 6 decimals.
		expect(c.x).toBe(2);
		expect(c.tx).toBeCloseTo(213 / 7, 5);
		expect(c.T).toBeCloseTo(272 / 7, 5);
		expect(c.expectedSpend).toBeCloseTo(24.65, 2);
		expect(Math.abs((c.clv ?? 0) - 36.28)).toBeLessThan(0.05);
	});
	it('--unit says what the numbers are: the weekly file read as days predicts far more', async () => {
		// 52 weeks and 365 days are both about 12 calendar months (11.96 and 11.99), taken exactly
		// as N units; read as days, each "day" of the file is really a week, so the rate per
		// calendar month is about 7× too high.
		const weeks = await predictCommand(CDNOW_SUMMARY, {
			model: 'bgnbd',
			horizon: '52',
			unit: 'week'
		});
		const days = await predictCommand(CDNOW_SUMMARY, {
			model: 'bgnbd',
			horizon: '365',
			unit: 'day'
		});
		expect([weeks.horizonUnits, days.horizonUnits, days.unit]).toEqual([52, 365, 'day']);
		expect(weeks.horizonMonths).toBeCloseTo(52 / (365.25 / 12 / 7), 12);
		expect(weeks.warnings.some((w) => /whole months/.test(w))).toBe(false);
		const sum = (o: typeof weeks) => o.customers.reduce((s, c) => s + c.expectedPurchases, 0);
		expect(sum(days) / sum(weeks)).toBeGreaterThan(3);
	});
});

describe('cli rfm and pyramid on a summary', () => {
	const text = readFileSync(RETAIL_SUMMARY, 'utf8').trim().split('\n').slice(1);
	const rows = text.map((l) => {
		const [id, x, tx, T, m] = l.split(',');
		return { id, x: Number(x), tx: Number(tx), T: Number(T), m: Number(m) };
	});
	it('recency = (T − t_x) weeks in days, frequency = x + 1, M = mean spend', async () => {
		const out = await rfmCommand(RETAIL_SUMMARY, {});
		expect([out.input, out.asOf]).toEqual(['summary', null]);
		expect(out.customers.length).toBe(rows.length);
		const first = out.customers.find((c) => c.customerId === 'C00001')!;
		// C00001,17,156.285714,156.428571,164.7124: (156.428571 − 156.285714)·7 = 1.0 day.
		expect([first.recency, first.frequency, first.monetary]).toEqual([1, 18, 164.7124]);
		expect(out.segments.reduce((s, x) => s + x.customers, 0)).toBe(rows.length);
	});
	it('pyramid on revenue = mean spend × (x + 1), summed from the file by hand', async () => {
		const out = await pyramidCommand(RETAIL_SUMMARY, { basis: 'revenue' });
		const total = rows.reduce((s, r) => s + r.m * (r.x + 1), 0);
		const got = out.tiers.reduce((s, t) => s + t.value, 0);
		expect(rel(got, total)).toBeLessThan(1e-12);
		expect([out.input, out.basis, out.asOf]).toEqual(['summary', 'revenue', null]);
		expect(out.tiers.map((t) => t.customers)).toEqual([
			Math.round(rows.length * 0.05),
			Math.round(rows.length * 0.2) - Math.round(rows.length * 0.05),
			Math.round(rows.length * 0.5) - Math.round(rows.length * 0.2),
			rows.length - Math.round(rows.length * 0.5)
		]);
	});
});

describe('summary files: rows left out and options that need dates', () => {
	const dir = mkdtempSync(join(tmpdir(), 'summary-cli-'));
	const file = join(dir, 'summary.csv');
	// 30 repeat buyers, 10 one-time buyers, and two impossible rows (negative x; t_x after T).
	const lines = ['customer_id,frequency,recency,T,monetary'];
	for (let k = 0; k < 30; k++) lines.push(`R${k},${1 + (k % 4)},${5 + (k % 7)},20,${10 + k}`);
	for (let k = 0; k < 10; k++) lines.push(`O${k},0,0,${8 + k},0`);
	lines.push('BAD1,-1,0,10,5', 'BAD2,2,30,20,5');
	writeFileSync(file, lines.join('\n') + '\n');
	it('fit says how many rows it left out', async () => {
		const out = await fitCommand(file, { model: 'bgnbd' });
		expect(out.customers).toBe(40);
		expect(out.warnings[0]).toMatch(/^2 summary rows left out/);
	});
	const refused = [
		{
			name: 'fit --calibration-end',
			run: () => fitCommand(file, { model: 'bgnbd', 'calibration-end': '2024-01-01' })
		},
		{
			name: 'predict --calibration-end',
			run: () =>
				predictCommand(file, { model: 'bgnbd', horizon: '4', 'calibration-end': '2024-01-01' })
		},
		{ name: 'rfm --as-of', run: () => rfmCommand(file, { 'as-of': '2024-01-01' }) },
		{ name: 'pyramid --as-of', run: () => pyramidCommand(file, { 'as-of': '2024-01-01' }) }
	];
	it.each(refused)('$name is refused in one line', async ({ run }) => {
		let caught: unknown = null;
		try {
			await run();
		} catch (e) {
			caught = e;
		}
		expect(caught).toBeInstanceOf(CliError);
		expect((caught as Error).message).toMatch(/a customer summary has no dates/);
	});
});
