// `cli cohorts` and `cli lifecycle` on a hand-made file whose every number is worked out below,
// and on the CDNOW sample against figures counted straight from its text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { cohortsCommand } from './cohorts';
import { lifecycleCommand } from './lifecycle';

const CDNOW = 'tests/fixtures/cdnow/CDNOW_sample.txt';

// Six customers in 2024, analysed as of 2025-01-01 with a 60-day inactivity threshold and the
// default monthly stage rules (exploration 3 months or ≤ 2 purchase days, windows of 3 months,
// formation > +20 %, decline < −30 %, stability ≥ own average, pattern IV ≥ 6 stability months).
//  A one purchase Jan 10 (10).                       Churned by Apr 1 (82 days > 60): pattern I.
//  B 100 on the 5th of every month, Jan–Dec.          Active; Dec: last 3 = prev 3 = own average:
//                                                    stability.
//  C 10 Jan–Mar, 40 Apr–Jun, then nothing.            Apr: last 3 (10,10,40) mean 20 > 1.2 × 10:
//                                                    formation, never stability; Sep 1 − Jun 5 =
//                                                    88 days: churned in Aug. Pattern II.
//  D 100 monthly Jan–Aug.                             Stability Apr–Aug (5 months), Sep decline
//                                                    (66.7 < 0.7 × 100), churned Oct: pattern III.
//  E 100 monthly Jan–Oct.                             Stability Apr–Oct (7 ≥ 6), churned Dec: IV.
//  F 50 on Feb 20 and Mar 20.                         Churned by Jun 1 (73 days): pattern I.
const rows = [
	['A', '2024-01-10', 10],
	...Array.from({ length: 12 }, (_, m) => ['B', `2024-${pad(m + 1)}-05`, 100]),
	...[10, 10, 10, 40, 40, 40].map((a, m) => ['C', `2024-${pad(m + 1)}-05`, a]),
	...Array.from({ length: 8 }, (_, m) => ['D', `2024-${pad(m + 1)}-05`, 100]),
	...Array.from({ length: 10 }, (_, m) => ['E', `2024-${pad(m + 1)}-05`, 100]),
	['F', '2024-02-20', 50],
	['F', '2024-03-20', 50]
];
function pad(n: number) {
	return String(n).padStart(2, '0');
}

let small = '';
let oneMonth = '';
beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'crm-lifecycle-'));
	small = join(dir, 'small.csv');
	writeFileSync(small, ['customer_id,date,amount', ...rows.map((r) => r.join(','))].join('\n'));
	oneMonth = join(dir, 'one-month.csv');
	writeFileSync(
		oneMonth,
		'customer_id,date,amount\nA,2024-05-02,10\nB,2024-05-20,5\nA,2024-05-28,7\n'
	);
});

describe('cli cohorts on the hand-made file', () => {
	const opts = { 'as-of': '2025-01-01' };
	it('monthly retention: the January cohort of five and the February cohort of one', async () => {
		const r = await cohortsCommand(small, { ...opts });
		expect(r.grain).toBe('month');
		expect(r.metric).toBe('retention');
		expect(r.asOf).toBe('2025-01-01');
		// January: A B C D E. Buying in Feb–Jun: B C D E (4/5); Jul–Aug: B D E; Sep–Oct: B E; then B.
		expect(r.cohorts[0]).toEqual({
			cohort: '2024-01-01',
			size: 5,
			values: [1, 0.8, 0.8, 0.8, 0.8, 0.8, 0.6, 0.6, 0.4, 0.4, 0.2, 0.2]
		});
		// February (F): bought in Feb and Mar; 11 months observed, the 12th is after asOf.
		expect(r.cohorts[1]).toEqual({
			cohort: '2024-02-01',
			size: 1,
			values: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, null]
		});
		// Size-weighted average at k = 1: (4 + 1) / 6.
		expect(r.average[1]).toBeCloseTo(5 / 6, 12);
	});

	type Case = {
		name: string;
		options: Record<string, string>;
		cohorts?: { cohort: string; size: number; values: number[] }[];
		sizes?: (string | number)[][];
		firstValues?: (number | null)[];
	};
	const cases: Case[] = [
		{
			name: 'quarters: Q1 holds all six; Q2 B C D E, Q3 B D E, Q4 B E',
			options: { grain: 'quarter' },
			cohorts: [{ cohort: '2024-01-01', size: 6, values: [1, 4 / 6, 3 / 6, 2 / 6] }]
		},
		{
			// Weeks start on Monday: 2024-01-01 is a Monday, Jan 5 (Fri) is in it, Jan 10 (Wed) is
			// in the week of Jan 8, Feb 20 (Tue) in the week of Feb 19. Sizes only.
			name: 'weeks start on Monday',
			options: { grain: 'week' },
			sizes: [
				['2024-01-01', 4],
				['2024-01-08', 1],
				['2024-02-19', 1]
			]
		},
		{
			// Month 0 of January: A 10 + B 100 + C 10 + D 100 + E 100 = 320 over 5 members;
			// April (k = 3): B 100 + C 40 + D 100 + E 100 = 340 over 5.
			name: 'revenue per cohort member',
			options: { metric: 'revenue' },
			firstValues: [64, null, null, 68]
		}
	];
	it.each(cases)('$name', async ({ options, cohorts, sizes, firstValues }) => {
		const r = await cohortsCommand(small, { ...opts, ...options });
		if (cohorts) {
			expect(r.cohorts.map((c) => c.cohort)).toEqual(cohorts.map((c) => c.cohort));
			r.cohorts[0].values.forEach((v, k) => expect(v).toBeCloseTo(cohorts[0].values[k], 12));
		}
		if (sizes) expect(r.cohorts.map((c) => [c.cohort, c.size])).toEqual(sizes);
		if (firstValues)
			firstValues.forEach((v, k) => v !== null && expect(r.cohorts[0].values[k]).toBe(v));
	});

	const errors: { file: () => string; options: Record<string, string>; message: RegExp }[] = [
		{ file: () => oneMonth, options: {}, message: /only 1 month.*at least two periods/ },
		{ file: () => small, options: { grain: 'day' }, message: /unknown grain "day"/ },
		{ file: () => small, options: { metric: 'ltv' }, message: /unknown metric "ltv"/ },
		{ file: () => small, options: { 'as-of': 'soon' }, message: /--as-of "soon" is not a date/ }
	];
	it.each(errors)('refuses $options with one clear line', async ({ file, options, message }) => {
		await expect(cohortsCommand(file(), options)).rejects.toThrow(CliError);
		await expect(cohortsCommand(file(), options)).rejects.toThrow(message);
	});
});

describe('cli lifecycle on the hand-made file', () => {
	const r = () => lifecycleCommand(small, { 'as-of': '2025-01-01', 'inactive-days': '60' });

	it('puts each customer in the stage and pattern worked out by hand', async () => {
		const out = await r();
		expect(out.asOf).toBe('2025-01-01');
		expect(out.inactiveDays).toBe(60);
		expect(out.threshold?.method).toBe('given');
		expect(out.customers).toEqual([
			{ customerId: 'A', stage: 'churned', pattern: 'I' },
			{ customerId: 'B', stage: 'stability', pattern: 'active' },
			{ customerId: 'C', stage: 'churned', pattern: 'II' },
			{ customerId: 'D', stage: 'churned', pattern: 'III' },
			{ customerId: 'E', stage: 'churned', pattern: 'IV' },
			{ customerId: 'F', stage: 'churned', pattern: 'I' }
		]);
		expect(out.stages).toEqual({
			exploration: 0,
			formation: 0,
			stability: 1,
			decline: 0,
			churned: 5
		});
		expect(out.patterns).toEqual({ I: 2, II: 1, III: 1, IV: 1, active: 1 });
	});

	it('an earlier analysis date sees an earlier picture', async () => {
		// As of 2024-10-01 (September is the last month): D's last purchase Aug 5 is 57 days back,
		// and Jul–Sep (100, 100, 0) is below 70 % of Apr–Jun: decline, still a customer.
		const out = await lifecycleCommand(small, { 'as-of': '2024-10-01', 'inactive-days': '60' });
		const d = out.customers.find((c) => c.customerId === 'D')!;
		expect(d).toEqual({ customerId: 'D', stage: 'decline', pattern: 'active' });
	});

	it('derives the threshold from the gaps when none is given', async () => {
		// Gaps between purchase days: B 11 monthly gaps, C 5, D 7, E 9, F 1 (29 days) = 33 gaps of
		// 29–31 days. The 90th percentile (R type 7) lies among the 31-day gaps: 31.
		const out = await lifecycleCommand(small, { 'as-of': '2025-01-01' });
		expect(out.threshold).toMatchObject({
			method: 'percentile_of_gaps',
			percentile: 0.9,
			gaps: 33
		});
		expect(out.inactiveDays).toBe(31);
	});

	const errors: { options: Record<string, string>; message: RegExp }[] = [
		{ options: { 'inactive-days': '0' }, message: /at least one day \(got 0\)/ },
		{ options: { 'inactive-days': 'many' }, message: /--inactive-days "many" is not a number/ },
		{ options: { 'as-of': '2024-13-45' }, message: /analysis date is not a valid date/ }
	];
	it.each(errors)('refuses $options with one clear line', async ({ options, message }) => {
		await expect(lifecycleCommand(small, options)).rejects.toThrow(CliError);
		await expect(lifecycleCommand(small, options)).rejects.toThrow(message);
	});
});

// The CDNOW sample counted directly from its text: one line per purchase record,
// "masterId sampleId yyyymmdd cds dollars"; records of the same customer and day are one purchase.
function cdnowDays(): Map<string, number[]> {
	const days = new Map<string, Set<number>>();
	for (const line of readFileSync(CDNOW, 'utf8').split(/\r?\n/)) {
		const f = line.trim().split(/\s+/);
		if (f.length < 5) continue;
		const d = f[2];
		const day = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8)) / 86400000;
		if (!days.has(f[0])) days.set(f[0], new Set());
		days.get(f[0])!.add(day);
	}
	return new Map([...days].map(([id, s]) => [id, [...s].sort((a, b) => a - b)]));
}
const monthOf = (day: number) => {
	const d = new Date(day * 86400000);
	return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

describe('cli cohorts and lifecycle on the CDNOW sample', () => {
	const days = cdnowDays();

	it('monthly cohorts match sizes and retention counted from the text', async () => {
		const r = await cohortsCommand(CDNOW, {});
		// Observed up to 1998-06-30, so asOf is 1998-07-01 and January 1997 has 18 months.
		expect(r.asOf).toBe('1998-07-01');
		expect(r.cohorts.map((c) => c.cohort)).toEqual(['1997-01-01', '1997-02-01', '1997-03-01']);
		const start = 1997 * 12;
		r.cohorts.forEach((c, i) => {
			const members = [...days.values()].filter((d) => monthOf(d[0]) === start + i);
			expect(c.size).toBe(members.length);
			expect(c.values.length).toBe(18);
			expect(c.values.filter((v) => v !== null).length).toBe(18 - i);
			for (const k of [1, 6, 17 - i]) {
				const buying = members.filter((d) => d.some((x) => monthOf(x) === start + i + k));
				expect(c.values[k]).toBeCloseTo(buying.length / members.length, 12);
			}
		});
		expect(r.cohorts.reduce((s, c) => s + c.size, 0)).toBe(2357);
	});

	it('lifecycle: everyone once, a threshold from the gaps, one-time buyers are pattern I', async () => {
		const r = await lifecycleCommand(CDNOW, {});
		expect(r.customers.length).toBe(2357);
		const sum = (o: Record<string, number>) => Object.values(o).reduce((s, v) => s + v, 0);
		expect(sum(r.stages)).toBe(2357);
		expect(sum(r.patterns)).toBe(2357);
		// 90th percentile (R type 7) of the gaps between distinct purchase days.
		const gaps = [...days.values()]
			.flatMap((d) => d.slice(1).map((x, j) => x - d[j]))
			.sort((a, b) => a - b);
		const h = (gaps.length - 1) * 0.9;
		const q =
			gaps[Math.floor(h)] + (h - Math.floor(h)) * (gaps[Math.ceil(h)] - gaps[Math.floor(h)]);
		expect(r.threshold?.gaps).toBe(gaps.length);
		expect(r.inactiveDays).toBe(Math.round(q));
		// A customer with one purchase day (in Q1 1997) is long gone by July 1998 and never left
		// exploration: churned, pattern I.
		const once = new Set([...days].filter(([, d]) => d.length === 1).map(([id]) => id));
		const byId = new Map(r.customers.map((c) => [c.customerId, c]));
		for (const id of once) expect(byId.get(id)).toMatchObject({ stage: 'churned', pattern: 'I' });
		expect(r.patterns.I).toBeGreaterThanOrEqual(once.size);
	});
});

describe('cli lifecycle on the teaching sample: the app’s churn rule', () => {
	it('MBG/NBD P(alive) < 0.5 by default: 1,920 alive, as on the Lifecycle and Lifetime value pages', async () => {
		const r = await lifecycleCommand('static/samples/retail/transactions.csv', {});
		expect(r.churnRule.method).toBe('model');
		expect(r.churnRule.params).toEqual({ model: 'mbgnbd', cutoff: 0.5 });
		expect(r.churnRule.model?.why).toBe('best_likelihood');
		// Alive = not churned: the same 1,920 the e2e test reads on both pages.
		expect(r.customers.length - r.stages.churned).toBe(1920);
		expect(r.patterns.active).toBe(1920);
		expect(
			r.customers.every((c) => c.pAlive !== undefined && c.pAlive < 0.5 === (c.stage === 'churned'))
		).toBe(true);
	}, 60_000);
	it('--churn gap gives the gap rule and no pAlive', async () => {
		const r = await lifecycleCommand('static/samples/retail/transactions.csv', { churn: 'gap' });
		expect(r.churnRule).toMatchObject({ method: 'gap', params: { gapMultiple: 3, floorDays: 90 } });
		expect(r.customers[0].pAlive).toBeUndefined();
		expect(r.patterns.active).toBe(1956);
	});
});
