// Referral value and loyalty kinds on the teaching sample through the app's import pipeline,
// against sums taken from the CSV text and the effects docs/samples.md describes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customerDays, inactivityThreshold } from '../../analytics/lifecycle/index';
import { dayFromISO } from '../../analytics/dates';
import { DEFAULT_LOYALTY_RULES } from '../../analytics/loyalty/loyaltyRules';
import { importBytes } from '../../data/pipeline/importBytes';
import { previewFile } from '../../data/pipeline/previewFile';
import {
	toCustomerTable,
	toSurveyTable,
	toTransactionTable,
	type ColumnarDataset
} from '../../data/tables/toTables';
import { readRules, referralLoyalty } from './referralLoyalty';

const S = 'static/samples/retail/';
function load(name: string): ColumnarDataset {
	const bytes = readFileSync(S + name);
	return importBytes(bytes, previewFile(bytes, name, {}).mapping, 1 << 20);
}
const rows = (name: string) => {
	const [head, ...body] = readFileSync(S + name, 'utf8')
		.trim()
		.split('\n');
	const h = head.split(',');
	return body.map((l) => Object.fromEntries(l.split(',').map((v, j) => [h[j], v])));
};

describe('referralLoyalty on the teaching sample', () => {
	const tx = toTransactionTable(load('transactions.csv'));
	const cd = customerDays(tx, dayFromISO('2025-01-01'));
	const r = referralLoyalty({
		customers: toCustomerTable(load('customers.csv')),
		tx,
		survey: toSurveyTable(load('survey.csv')),
		credit: 1,
		conversion: 0.1,
		rules: DEFAULT_LOYALTY_RULES,
		horizonDays: 180,
		rule: { cd, thresholdDays: inactivityThreshold(cd).days }
	});

	it('referral value from the links: total = net revenue of every referred customer', () => {
		const revenue = new Map<string, number>();
		for (const t of rows('transactions.csv'))
			revenue.set(t.customer_id, (revenue.get(t.customer_id) ?? 0) + Number(t.amount));
		const referred = rows('customers.csv').filter((c) => c.referred_by !== '');
		const total = referred.reduce((a, c) => a + (revenue.get(c.customer_id) ?? 0), 0);
		expect(r.referral!.method).toBe('links');
		expect(r.referral!.referred).toBe(referred.length);
		expect(r.referral!.meanReferredValue! * referred.length).toBeCloseTo(total, 4);
	});

	it('buys little, promotes a lot: the promoter corner is populated', () => {
		expect(r.referral!.counts.promoter).toBeGreaterThan(20);
		const top = r.referral!.promoters[0];
		expect(top.referral).toBeGreaterThan(top.value);
		expect(r.referral!.movedUp).toBeGreaterThan(0);
	});

	it('every loyalty kind is present; super-value customers churn least, price and incentive most', () => {
		const b = Object.fromEntries(r.loyalty!.behaviour.map((x) => [x.kind, x]));
		for (const k of [
			'monopoly',
			'kinship',
			'superValue',
			'incentive',
			'price',
			'inertia',
			'latent'
		])
			expect(b[k].n, k).toBeGreaterThan(0);
		expect(b.superValue.churned!).toBeLessThan(b.price.churned!);
		expect(b.superValue.churned!).toBeLessThan(b.incentive.churned!);
		expect(b.superValue.repurchase!).toBeGreaterThan(b.price.repurchase!);
	});
});

describe('readRules', () => {
	it('keeps valid rules and conditions, drops the rest; no array → the defaults', () => {
		expect(readRules(undefined)).toBe(DEFAULT_LOYALTY_RULES);
		expect(
			readRules([
				{
					kind: 'price',
					conditions: [
						{ item: 'bargain', op: '>=', value: 5 },
						{ item: 'x', op: '>=', value: 1 }
					]
				},
				{ kind: 'nonsense', conditions: [] }
			])
		).toEqual([{ kind: 'price', conditions: [{ item: 'bargain', op: '>=', value: 5 }] }]);
	});
});
