// `cli survival` on the teaching sample and the CDNOW sample: the shape R's survival package
// reports, consistent with itself (the statistics are pinned against R in
// analytics/lifecycle/survivalReference.test.ts), and clear errors for bad options.
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { survivalCommand } from './survival';
import { lifecycleCommand } from './lifecycle';

const CDNOW = 'tests/fixtures/cdnow/CDNOW_sample.txt';
const TX = 'static/samples/retail/transactions.csv';
const CU = 'static/samples/retail/customers.csv';

describe('cli survival', () => {
	it('decides churn by the shared rule by default: the same customers as cli lifecycle', async () => {
		const r = await survivalCommand(TX, {});
		const l = await lifecycleCommand(TX, {});
		const churned = l.customers.filter((c: { stage: string }) => c.stage === 'churned').length;
		expect(r.rule).toBe('shared');
		expect(r.churnRule).toEqual({ method: l.churnRule.method, params: l.churnRule.params });
		expect(r.inactiveDays).toBeNull();
		expect(r.churned).toBe(churned);
		expect(r.active).toBe(l.customers.length - churned);
	});
	it('CDNOW by acquisition month: three cohorts, a log-rank test on 2 df', async () => {
		const r = await survivalCommand(CDNOW, { 'inactive-days': '180', by: 'cohort:month' });
		expect(r.groups.map((g) => g.name)).toEqual(['1997-01-01', '1997-02-01', '1997-03-01']);
		expect(r.groups.reduce((s, g) => s + g.n, 0)).toBe(2357);
		expect(r.groups.reduce((s, g) => s + g.events, 0)).toBe(r.churned);
		expect(r.logRank!.df).toBe(2);
		expect(r.logRank!.observed.reduce((a, b) => a + b, 0)).toBe(r.churned);
		// Observed and expected events balance: the log-rank statistic's U sums to zero.
		const e = r.logRank!.expected.reduce((a, b) => a + b, 0);
		expect(e).toBeCloseTo(r.churned, 8);
		for (const g of r.groups) {
			expect(g.points[0].atRisk).toBe(g.n);
			if (g.median !== null && g.medianLower !== null)
				expect(g.medianLower).toBeLessThanOrEqual(g.median);
		}
	});
	it('the teaching sample by region from the customers file', async () => {
		const r = await survivalCommand(TX, { by: 'region', customers: CU, 'inactive-days': '90' });
		expect(r.inactiveDays).toBe(90);
		expect(r.groups.length).toBe(7);
		expect(r.logRank!.df).toBe(6);
		expect(r.logRank!.p).toBeGreaterThan(0);
		expect(r.logRank!.p).toBeLessThanOrEqual(1);
	});
	it('without --by: one curve, no test', async () => {
		const r = await survivalCommand(CDNOW, { 'inactive-days': '180' });
		expect(r.groups.map((g) => [g.name, g.n])).toEqual([['all', 2357]]);
		expect(r.logRank).toBeNull();
	});
	it.each<{ options: Record<string, string>; message: RegExp }>([
		{ options: { by: 'region' }, message: /needs --customers/ },
		{ options: { rule: 'coin' }, message: /--rule "coin"/ },
		{ options: { rule: 'flag' }, message: /--rule flag needs --customers/ },
		{ options: { 'inactive-days': 'ten' }, message: /not a number/ }
	])('refuses $options', async ({ options, message }) => {
		await expect(survivalCommand(CDNOW, options)).rejects.toThrow(CliError);
		await expect(survivalCommand(CDNOW, options)).rejects.toThrow(message);
	});
});
