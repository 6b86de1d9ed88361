// `cli fit` and `cli predict` on the CDNOW sample against the published fits
// (/work/shared/REFERENCES.md: BTYD / lifetimes / CLVTools), plus option and error handling.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionalPurchases, discountedIfAlive, probabilityAlive } from '../../lib/analytics/clv';
import type { BgnbdParams } from '../../lib/analytics/clv';
import { CliError } from '../args';
import { fitCommand } from './fit';
import { horizonMonths, predictCommand } from './predict';

const CDNOW = 'tests/fixtures/cdnow/CDNOW_sample.txt';
const TEXTBOOK = { 'calibration-end': '1997-09-30', unit: 'week' };

/** Published CDNOW fits, calibration to 1997-09-30, weekly. */
const published = [
	{
		model: 'bgnbd',
		params: { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 },
		logLik: -9582.43
	},
	{
		model: 'pareto-nbd',
		params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.669 },
		logLik: -9594.98
	},
	{
		model: 'gamma-gamma',
		params: { p: 6.2496, q: 3.7442, gamma: 15.4435 },
		logLik: -4055.92
	}
];

describe('cli fit on CDNOW', () => {
	it.each(published)('$model matches the published parameters within 0.5 %', async (ref) => {
		const out = await fitCommand(CDNOW, { ...TEXTBOOK, model: ref.model });
		expect(out.model).toBe(ref.model);
		expect(Object.keys(out.params)).toEqual(Object.keys(ref.params));
		for (const [k, v] of Object.entries(ref.params))
			expect(Math.abs(out.params[k] / v - 1), k).toBeLessThan(0.005);
		// Published log-likelihoods are given to 2 decimals.
		expect(Math.abs(out.logLik - ref.logLik)).toBeLessThan(0.01);
		expect(out.converged).toBe(true);
		// 2,357 customers; 946 bought again in calibration (REFERENCES.md totals).
		expect([out.customers, out.repeaters]).toEqual([2357, 946]);
		expect(Object.values(out.standardErrors).every((s) => s !== null && s > 0)).toBe(true);
	});
});

describe('cli predict on CDNOW', () => {
	it('customer 1 (master id 00004) over 12 calendar months at 1 % a month', async () => {
		const out = await predictCommand(CDNOW, {
			...TEXTBOOK,
			model: 'bgnbd',
			'horizon-months': '12',
			'discount-rate': '0.01'
		});
		expect(out.horizonMonths).toBe(12);
		expect(out.customers).toHaveLength(2357);
		const c = out.customers.find((k) => k.customerId === '00004');
		// x = 2 repeats; t_x = (1997-08-02 − 1997-01-01)/7 = 213/7; T = 272/7 (REFERENCES.md).
		expect([c?.x, c?.tx, c?.T]).toEqual([2, 213 / 7, 272 / 7]);
		// Published: Gamma-Gamma spend 24.65 and CLV 36.28 (12 monthly steps, 1 % per month).
		expect(c?.expectedSpend).toBeCloseTo(24.65, 2);
		expect(Math.abs((c?.clv ?? 0) - 36.28)).toBeLessThan(0.05);
		expect(out.warnings).toEqual([]);
	});
	it('--horizon 39 --unit week is exactly 39 weeks (not 39.134)', async () => {
		const out = await predictCommand(CDNOW, { ...TEXTBOOK, model: 'bgnbd', horizon: '39' });
		expect(out.horizonUnits).toBe(39);
		expect(out.horizonMonths).toBeCloseTo(39 / (365.25 / 12 / 7), 12);
		const m = { model: 'bgnbd' as const, params: out.params as unknown as BgnbdParams };
		const c = out.customers.find((k) => k.customerId === '00004')!;
		expect(c.expectedPurchases).toBeCloseTo(conditionalPurchases(m, 2, 213 / 7, 272 / 7, 39), 12);
		// CLV = spend × P(alive) × Σ_k (E[Y(k)] − E[Y(k − 1)]) / 1.01^(k / 4.348), k = 1..39 weeks.
		let sum = 0;
		for (let k = 1; k <= 39; k++) {
			const step =
				conditionalPurchases(m, 2, 213 / 7, 272 / 7, k) -
				conditionalPurchases(m, 2, 213 / 7, 272 / 7, k - 1);
			sum += step / Math.pow(1.01, k / (365.25 / 12 / 7));
		}
		expect(c.clv!).toBeCloseTo(c.expectedSpend! * sum, 9);
		expect(out.warnings).toEqual([]);
	});
	it('whole months on a monthly model: --horizon N equals --horizon-months N', async () => {
		const base = { ...TEXTBOOK, unit: 'month', model: 'bgnbd' };
		const a = await predictCommand(CDNOW, { ...base, horizon: '6' });
		const b = await predictCommand(CDNOW, { ...base, 'horizon-months': '6' });
		expect(a.horizonUnits).toBe(6);
		a.customers.slice(0, 50).forEach((c, i) => {
			expect(c.clv!).toBeCloseTo(b.customers[i].clv!, 9);
			expect(c.expectedPurchases).toBeCloseTo(b.customers[i].expectedPurchases, 12);
		});
		// The unit-stepped sum on a monthly model is the month-stepped one.
		const m = { model: 'bgnbd' as const, params: a.params as unknown as BgnbdParams };
		const o = { months: 6, unit: 'month' as const, discountRate: 0.01 };
		expect(discountedIfAlive(m, 3, 10, { ...o, units: 6 })).toBeCloseTo(
			discountedIfAlive(m, 3, 10, o),
			12
		);
		expect(probabilityAlive(m, 0, 0, 10)).toBe(1);
	});
	it('an annual rate is converted to the monthly one and the margin scales CLV', async () => {
		const base = { ...TEXTBOOK, model: 'bgnbd', horizon: '52' };
		const monthly = await predictCommand(CDNOW, { ...base, 'discount-rate': '0.01' });
		// (1.01)^12 − 1 = 0.126825… per year is the same as 1 % per month.
		const yearly = await predictCommand(CDNOW, {
			...base,
			'discount-rate': String(Math.pow(1.01, 12) - 1),
			'discount-per': 'year',
			margin: '0.3'
		});
		const a = monthly.customers[0].clv ?? NaN;
		const b = yearly.customers[0].clv ?? NaN;
		expect(b / a).toBeCloseTo(0.3, 9);
	});
});

describe('horizon in units → whole calendar months', () => {
	// One month = 365.25/12 = 30.4375 days = 4.348 weeks.
	const cases = [
		{ n: 52, unit: 'week' as const, months: 12 }, // 52/4.348 = 11.96
		{ n: 13, unit: 'week' as const, months: 3 }, // 2.99
		{ n: 365, unit: 'day' as const, months: 12 }, // 11.99
		{ n: 10, unit: 'day' as const, months: 1 }, // 0.33, but a positive horizon is at least a month
		{ n: 18, unit: 'month' as const, months: 18 },
		{ n: 0, unit: 'week' as const, months: 0 }
	];
	it.each(cases)('$n $unit → $months', async ({ n, unit, months }) =>
		expect(horizonMonths(n, unit)).toBe(months)
	);
});

describe('cli errors are one clear line', () => {
	const dir = mkdtempSync(join(tmpdir(), 'clv-cli-'));
	const write = (name: string, text: string) => {
		const p = join(dir, name);
		writeFileSync(p, text);
		return p;
	};
	const once = write(
		'once.csv',
		'customer_id,date,amount\nA,2024-01-05,10\nB,2024-02-05,12\nC,2024-03-01,8\n'
	);
	const one = write('one.csv', 'customer_id,date,amount\nA,2024-01-05,10\nA,2024-03-05,12\n');
	const cases = [
		{
			name: 'everyone bought once',
			run: () => fitCommand(once, { model: 'bgnbd' }),
			re: /Nobody bought a second time/
		},
		{
			name: 'one customer',
			run: () => fitCommand(one, { model: 'pareto-nbd' }),
			re: /Only one customer/
		},
		{
			name: 'unknown model',
			run: () => fitCommand(CDNOW, { model: 'bg' }),
			re: /unknown model "bg"/
		},
		{
			name: 'spend model cannot predict',
			run: () => predictCommand(CDNOW, { model: 'gamma-gamma', horizon: '4' }),
			re: /unknown model/
		},
		{
			name: 'missing horizon',
			run: () => predictCommand(CDNOW, { model: 'bgnbd' }),
			re: /--horizon N is required/
		},
		{
			name: 'bad date',
			run: () => fitCommand(CDNOW, { model: 'bgnbd', 'calibration-end': '1997-13-01' }),
			re: /not a date/
		},
		{
			name: 'margin as percent',
			run: () => predictCommand(CDNOW, { model: 'bgnbd', horizon: '4', margin: '30' }),
			re: /between 0 and 1/
		}
	];
	it.each(cases)('$name', async ({ run, re }) => {
		let caught: unknown = null;
		try {
			await run();
		} catch (e) {
			caught = e;
		}
		expect(caught).toBeInstanceOf(CliError);
		expect((caught as Error).message).toMatch(re);
		expect((caught as Error).message).not.toMatch(/\n/);
	});
});
