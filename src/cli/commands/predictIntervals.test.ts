// `cli predict --intervals`: bounds around every customer's numbers, in the printed shape.
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { predictCommand } from './predict';

const CDNOW = 'tests/fixtures/cdnow/CDNOW_sample.txt';
const base = { model: 'bgnbd', 'calibration-end': '1997-09-30', horizon: '52' };

describe('cli predict --intervals', () => {
	it('0.9 by the delta method: low ≤ estimate ≤ high for every customer', async () => {
		const r = (await predictCommand(CDNOW, { ...base, intervals: '0.9' })) as Awaited<
			ReturnType<typeof predictCommand>
		> & { intervals: { level: number; method: string; totalClv: [number, number] } };
		expect([r.intervals.level, r.intervals.method]).toEqual([0.9, 'delta']);
		expect(r.customers.length).toBe(2357);
		for (const c of r.customers as unknown as Record<string, number>[]) {
			expect(c.expectedPurchasesLow).toBeLessThanOrEqual(c.expectedPurchases * (1 + 1e-9));
			expect(c.expectedPurchasesHigh).toBeGreaterThanOrEqual(c.expectedPurchases * (1 - 1e-9));
			expect(c.pAliveLow).toBeLessThanOrEqual(c.pAlive + 1e-9);
			expect(c.clvHigh).toBeGreaterThanOrEqual(c.clv * (1 - 1e-9));
		}
		const total = (r.customers as { clv: number | null }[]).reduce((s, c) => s + (c.clv ?? 0), 0);
		expect(r.intervals.totalClv[0]).toBeLessThan(total);
		expect(r.intervals.totalClv[1]).toBeGreaterThan(total);
	});
	it('without --intervals the output is unchanged', async () => {
		const r = (await predictCommand(CDNOW, base)) as Record<string, unknown>;
		expect('intervals' in r).toBe(false);
		expect(Object.keys((r.customers as object[])[0])).not.toContain('clvLow');
	});
	it.each<Record<string, string>>([
		{ intervals: '90' },
		{ intervals: '0.9', 'interval-method': 'jackknife' },
		{ intervals: '0.9', 'interval-method': 'bootstrap', draws: '5' }
	])('refuses %o', async (extra) => {
		await expect(predictCommand(CDNOW, { ...base, ...extra })).rejects.toThrow(CliError);
	});
});
