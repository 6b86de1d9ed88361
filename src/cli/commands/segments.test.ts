// `cli rfm` and `cli pyramid` on the CDNOW sample, checked against numbers counted straight from
// the file text (sort-based quantiles, per-customer totals) and against the engine's own
// rfmReport, which builds the same result by a different path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromISO, isoFromDay } from '../../lib/analytics/dates';
import { rfmReport } from '../../lib/analytics/rfm/rfmReport';
import { transactionsFromRows } from '../../lib/analytics/tableFromRows';
import { CliError } from '../args';
import { pyramidCommand } from './pyramid';
import { rfmCommand } from './rfm';

const CDNOW = 'tests/fixtures/cdnow/CDNOW_sample.txt';

// The file by hand: master id, sample id, yyyymmdd, CDs, dollars.
const lines = readFileSync(CDNOW, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => {
		const [id, , ymd, , dollars] = l.trim().split(/\s+/);
		return {
			id,
			day: dayFromISO(`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`),
			dollars: Number(dollars)
		};
	});
const byCustomer = new Map<string, { days: Set<number>; total: number }>();
for (const l of lines) {
	const c = byCustomer.get(l.id) ?? { days: new Set<number>(), total: 0 };
	c.days.add(l.day);
	c.total += l.dollars;
	byCustomer.set(l.id, c);
}
const lastDay = Math.max(...lines.map((l) => l.day));
const asOf = lastDay + 1;

/** Type-7 quantile of a sorted copy: (n − 1)p, interpolated between neighbours. */
function quantiles(values: number[], bins: number): number[] {
	const s = [...values].sort((a, b) => a - b);
	return Array.from({ length: bins - 1 }, (_, k) => {
		const h = ((s.length - 1) * (k + 1)) / bins;
		const lo = Math.floor(h);
		return s[lo] + (h - lo) * (s[Math.min(lo + 1, s.length - 1)] - s[lo]);
	});
}
const recency = [...byCustomer.values()].map((c) => asOf - Math.max(...c.days));
const frequency = [...byCustomer.values()].map((c) => c.days.size);
const monetary = [...byCustomer.values()].map((c) => c.total);

describe('cli rfm on the CDNOW sample', () => {
	it('analyses as of the day after the last purchase, with frequency as distinct days', async () => {
		const r = await rfmCommand(CDNOW, {});
		expect(isoFromDay(lastDay)).toBe('1998-06-30');
		expect(r.asOf).toBe('1998-07-01');
		expect(r.frequencyRule).toBe('days');
		expect(r.customers).toHaveLength(2357);
		// REFERENCES.md: 6,696 customer-days.
		expect(r.customers.reduce((s, c) => s + c.frequency, 0)).toBe(6696);
	});

	const scales = [{ bins: 5 }, { bins: 3 }];
	it.each(scales)('has the sort-based quantile thresholds on $bins bins', async ({ bins }) => {
		const r = await rfmCommand(CDNOW, { bins: String(bins) });
		const expected = {
			recency: quantiles(recency, bins),
			frequency: quantiles(frequency, bins),
			monetary: quantiles(monetary, bins)
		};
		for (const d of ['recency', 'frequency', 'monetary'] as const)
			r.thresholds[d]!.forEach((e, k) => expect(e).toBeCloseTo(expected[d][k], 9));
	});

	it('matches the engine rfmReport customer by customer on 5 bins', async () => {
		const tx = transactionsFromRows(
			lines.map((l) => ({ customerId: l.id, date: isoFromDay(l.day), amount: l.dollars }))
		);
		const direct = rfmReport(tx, { preset: 'rfmVignette' });
		const cli = await rfmCommand(CDNOW, { preset: 'rfm-vignette' });
		expect(cli.segments.map((s) => [s.name, s.customers])).toEqual(
			direct.segments.map((s) => [s.name, s.customers])
		);
		const sorted = [...direct.customers].sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
		expect(cli.customers.map((c) => [c.customerId, c.r, c.f, c.m, c.segment])).toEqual(
			sorted.map((c) => [c.customerId, c.r, c.f, c.m, c.segment])
		);
		// Every customer's monetary value is the file's dollar total.
		for (const c of cli.customers.slice(0, 50))
			expect(c.monetary).toBeCloseTo(byCustomer.get(c.customerId)!.total, 9);
	});

	it('reads the R × F grid on 3 bins without leaving anyone in Others', async () => {
		const r = await rfmCommand(CDNOW, { bins: '3', preset: 'rfGrid' });
		expect(r.segments.find((s) => s.name === 'others')?.customers).toBe(0);
		expect(r.segments.map((s) => s.name)).not.toContain('promising');
		expect(r.warnings.some((w) => /promising/.test(w))).toBe(true);
		expect(r.customers.every((c) => c.r >= 1 && c.r <= 3)).toBe(true);
	});

	it('states the frequency ties in words', async () => {
		// Frequency edges 1, 1, 2, 4 on 5 bins: score 2 lies between two equal edges.
		const r = await rfmCommand(CDNOW, {});
		expect(r.thresholds.frequency).toEqual([1, 1, 2, 4]);
		expect(r.warnings).toContain(
			'Frequency: only 4 of 5 scores are used; because of ties scores 2 cannot occur.'
		);
	});

	const bad: { options: Record<string, string>; message: RegExp }[] = [
		{ options: { bins: '12' }, message: /--bins must be a whole number from 2 to 9/ },
		{ options: { 'as-of': '1998-13-45' }, message: /not a date/ },
		{ options: { 'as-of': '1996-12-31' }, message: /^No customer has a purchase/ },
		{ options: { preset: 'vip' }, message: /unknown preset "vip"/ },
		{ options: { monetary: 'median' }, message: /--monetary must be total or average/ }
	];
	it.each(bad)('refuses $options in one clear line', async ({ options, message }) => {
		const run = rfmCommand(CDNOW, options);
		await expect(run).rejects.toBeInstanceOf(CliError);
		await expect(run).rejects.toThrow(message);
	});

	it('refuses a file that is not transactions', async () => {
		await expect(rfmCommand('tests/fixtures/ecsi-mobi/mobi.csv', {})).rejects.toBeInstanceOf(
			CliError
		);
	});
});

describe('cli pyramid on the CDNOW sample', () => {
	// 2,357 customers, cuts 5/15/30/50 end at round(117.85) = 118, round(471.4) = 471,
	// round(1178.5) = 1179 and 2,357: tiers of 118, 353, 708 and 1,178 customers.
	const desc = [...monetary].sort((a, b) => b - a);
	const total = desc.reduce((s, v) => s + v, 0);
	const slice = (a: number, b: number) => desc.slice(a, b).reduce((s, v) => s + v, 0);
	const cases: { options: Record<string, string>; ends: number[] }[] = [
		{ options: {}, ends: [118, 471, 1179, 2357] },
		// 1/4/15/80: round(23.57) = 24, round(117.85) = 118, round(471.4) = 471.
		{ options: { cuts: '1,4,15,80' }, ends: [24, 118, 471, 2357] },
		// 20/30/30/20: round(471.4) = 471, round(1178.5) = 1179, round(1885.6) = 1886.
		{ options: { preset: 'broadTop' }, ends: [471, 1179, 1886, 2357] }
	];
	it.each(cases)('cuts $options into tiers summed from the file', async ({ options, ends }) => {
		const p = await pyramidCommand(CDNOW, options);
		expect(p.basis).toBe('revenue');
		const starts = [0, ...ends.slice(0, 3)];
		expect(p.tiers.map((t) => t.name)).toEqual(['platinum', 'gold', 'iron', 'lead']);
		expect(p.tiers.map((t) => t.customers)).toEqual(ends.map((e, i) => e - starts[i]));
		p.tiers.forEach((t, i) => {
			expect(t.value).toBeCloseTo(slice(starts[i], ends[i]), 6);
			expect(t.valueShare!).toBeCloseTo(slice(starts[i], ends[i]) / total, 12);
		});
		// inspect's revenue for the file.
		expect(total).toBeCloseTo(244091.94, 6);
	});

	it('writes the headline sentence from the platinum tier', async () => {
		const p = await pyramidCommand(CDNOW, {});
		const share = ((slice(0, 118) / total) * 100).toFixed(1);
		expect(p.headline).toBe(`The top 5 % of customers bring ${share} % of net revenue.`);
	});

	it('ranks by predicted lifetime value when asked', async () => {
		const p = await pyramidCommand(CDNOW, { basis: 'clv' });
		expect(p.basis).toBe('clv');
		expect(p.tiers.reduce((s, t) => s + t.customers, 0)).toBe(2357);
		expect(p.tiers.reduce((s, t) => s + (t.valueShare ?? 0), 0)).toBeCloseTo(1, 12);
		expect(p.headline).toMatch(/predicted lifetime value\.$/);
	}, 30_000);

	const bad: { options: Record<string, string>; message: RegExp }[] = [
		{
			options: { cuts: '5,15,30' },
			message: /four percentages that add up to 100 \(got 5 \/ 15 \/ 30\)/
		},
		{ options: { cuts: '5,15,30,40' }, message: /add up to 100/ },
		{ options: { preset: 'pointy' }, message: /unknown preset "pointy"/ },
		{ options: { basis: 'profit' }, message: /--basis must be one of/ },
		{ options: { cuts: '5,15,30,50', preset: 'standard' }, message: /not both/ }
	];
	it.each(bad)('refuses $options in one clear line', async ({ options, message }) => {
		const run = pyramidCommand(CDNOW, options);
		await expect(run).rejects.toBeInstanceOf(CliError);
		await expect(run).rejects.toThrow(message);
	});
});
