// `cli churn`, `cli crossbuy` and `cli loyalty` on the teaching sample, against counts taken
// straight from the CSV text (a plain split: the sample needs no quoting), and English = Chinese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { churnCommand } from './churn';
import { crossbuyCommand } from './crossbuy';
import { loyaltyCommand } from './loyalty';

const S = 'static/samples/retail/';
function rows(name: string): Record<string, string>[] {
	const [head, ...body] = readFileSync(S + name, 'utf8')
		.trim()
		.split('\n');
	const h = head.split(',');
	return body.map((line) => Object.fromEntries(line.split(',').map((v, j) => [h[j], v])));
}

// Top-level await: the command is async (it runs the registry's churnAnalysis).
const out = await churnCommand(S + 'customers.csv', {
	complaints: S + 'complaints.csv',
	survey: S + 'survey.csv'
});
describe('cli churn', () => {
	const customers = rows('customers.csv');
	it('reasons and types as counted in customers.csv', async () => {
		const count = new Map<string, number>();
		for (const c of customers)
			if (c.churn_reason) count.set(c.churn_reason, (count.get(c.churn_reason) ?? 0) + 1);
		expect(new Map(out.reasons.map((r) => [r.reason, r.customers]))).toEqual(count);
		expect(out.active).toBe(customers.filter((c) => c.churn_type === 'active').length);
		expect(out.passive).toBe(customers.filter((c) => c.churn_type === 'passive').length);
		expect(out.reasons.every((r) => r.revenueLost === null)).toBe(true);
	});

	it('the iceberg: dissatisfied respondents (≤ 5) with and without a complaint', async () => {
		const complainers = new Set(rows('complaints.csv').map((k) => k.customer_id));
		const dis = rows('survey.csv').filter((s) => Number(s.overall_satisfaction) <= 5);
		const complained = dis.filter((s) => complainers.has(s.customer_id)).length;
		expect(out.complaints).toEqual({
			rate: complainers.size / customers.length,
			complainedDissatisfied: complained,
			silentDissatisfied: dis.length - complained
		});
		// Most dissatisfied customers never complain (docs/samples.md: 15 of 242).
		expect([complained, dis.length]).toEqual([15, 242]);
	});

	it('the Chinese files give the same numbers (reasons in Chinese)', async () => {
		const zh = await churnCommand(S + 'customers_zh.csv', {
			complaints: S + 'complaints_zh.csv',
			survey: S + 'survey_zh.csv'
		});
		expect(zh.complaints).toEqual(out.complaints);
		expect(zh.reasons.map((r) => r.customers)).toEqual(out.reasons.map((r) => r.customers));
		expect(zh.reasons[0].reason).toBe('价格');
	});

	it('a customer file without churn columns is a clear error', async () => {
		await expect(
			churnCommand('tests/fixtures/ecsi-mobi/mobi.csv', { kind: 'customers' })
		).rejects.toThrow(CliError);
	});
});

describe('cli crossbuy', () => {
	it('pairs counted over customers from transactions.csv (purchases only)', async () => {
		const sets = new Map<string, Set<string>>();
		for (const t of rows('transactions.csv'))
			if (Number(t.amount) > 0) {
				if (!sets.has(t.customer_id)) sets.set(t.customer_id, new Set());
				sets.get(t.customer_id)!.add(t.category);
			}
		const out = await crossbuyCommand(S + 'transactions.csv', {});
		expect(out.customers).toBe(sets.size);
		const has = (k: string) => [...sets.values()].filter((s) => s.has(k)).length;
		const both = [...sets.values()].filter((s) => s.has('Beauty') && s.has('Books')).length;
		const pair = out.pairs.find((p) => p.a === 'Beauty' && p.b === 'Books')!;
		expect(pair.customers).toBe(both);
		expect(pair.confidence).toBeCloseTo(both / has('Beauty'), 12);
		expect(pair.lift).toBeCloseTo((both * sets.size) / (has('Beauty') * has('Books')), 12);
		expect(out.pairs).toHaveLength(30);
	});
});

describe('cli loyalty', () => {
	it('every kind is present, and the Chinese survey gives the same counts', async () => {
		const en = await loyaltyCommand(S + 'survey.csv', {});
		const zh = await loyaltyCommand(S + 'survey_zh.csv', {});
		expect(en.respondents).toBe(1500);
		expect(en.kinds.every((k) => k.count > 0)).toBe(true);
		expect(zh.kinds).toEqual(en.kinds);
		// Monopoly by hand: alternatives_available ≤ 2 is the first rule.
		const mono = rows('survey.csv').filter(
			(s) => s.alternatives_available !== '' && Number(s.alternatives_available) <= 2
		).length;
		expect(en.kinds[0]).toMatchObject({ kind: 'monopoly', count: mono });
	});
});
