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

	it('without a CLV the customer value is historical and says so', () => {
		expect(r.referral).toMatchObject({ basis: 'historical', clv: null, clvProblem: null });
	});

	// Given predictions, customer value is the CLV: with CLV 100 for every customer whose id
	// ends in 0–4 and no prediction for the others, referral value at credit 1 sums to 100 ×
	// the referred customers with a prediction (counted here from customers.csv).
	it('with a CLV, value and referral value follow the predictions', () => {
		const all = rows('customers.csv');
		const predicted = all.filter((c) => /[0-4]$/.test(c.customer_id)).map((c) => c.customer_id);
		const withClv = referralLoyalty({
			customers: toCustomerTable(load('customers.csv')),
			tx,
			survey: null,
			credit: 1,
			conversion: 0.1,
			rules: DEFAULT_LOYALTY_RULES,
			horizonDays: 180,
			rule: null,
			clv: {
				ids: predicted,
				clv: predicted.map(() => 100),
				basis: 'clv',
				model: 'mbgnbd',
				asOf: dayFromISO('2024-01-01'),
				horizonMonths: 12
			}
		}).referral!;
		const referredWithClv = all.filter(
			(c) => c.referred_by !== '' && /[0-4]$/.test(c.customer_id)
		).length;
		expect(withClv.basis).toBe('clv');
		expect(withClv.clv).toEqual({
			model: 'mbgnbd',
			asOf: dayFromISO('2024-01-01'),
			horizonMonths: 12,
			missing: all.length - predicted.length
		});
		expect(withClv.meanReferredValue! * withClv.referred).toBeCloseTo(100 * referredWithClv, 6);
		for (const p of withClv.points) expect([0, 100]).toContain(p.value);
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
