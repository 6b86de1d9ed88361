import { describe, expect, it } from 'vitest';
import { assignLoyaltyKinds, type LoyaltyAnswers } from './assignLoyaltyKinds';
import { findLoyaltyItems } from './findLoyaltyItems';
import { DEFAULT_LOYALTY_RULES, LOYALTY_ITEMS } from './loyaltyRules';

// One respondent per kind, one who fits six rules (the first, monopoly, wins), one with a blank
// and one just past every threshold. Columns: alternatives, ties, trust, recommend, rewards,
// bargain, repurchase, walletShare.
const rows: [string, number[], string | null][] = [
	['monopoly: alternatives ≤ 2', [2, 1, 4, 5, 3, 3, 4, 50], 'monopoly'],
	['kinship: ties ≥ 6', [5, 6, 4, 7, 3, 3, 4, 50], 'kinship'],
	['super-value: trust ≥ 6 and recommend ≥ 9', [5, 2, 6, 9, 3, 3, 6, 60], 'superValue'],
	['incentive: rewards ≥ 6', [5, 2, 4, 7, 6, 3, 4, 50], 'incentive'],
	['price: bargain ≥ 6', [5, 2, 4, 7, 5, 7, 4, 50], 'price'],
	['inertia: repurchase ≥ 5 and recommend ≤ 6', [5, 2, 3, 6, 2, 2, 5, 50], 'inertia'],
	['latent: recommend ≥ 8 and wallet share ≤ 30', [5, 2, 5, 8, 2, 2, 3, 30], 'latent'],
	['fits six rules: the first wins', [1, 7, 7, 10, 7, 7, 7, 20], 'monopoly'],
	['blank alternatives, nothing else fits', [NaN, 3, 5, 7, 4, 4, 4, 50], null],
	['one point past every threshold', [3, 5, 6, 8, 5, 5, 5, 31], null]
];
const answers: LoyaltyAnswers = Object.fromEntries(
	LOYALTY_ITEMS.map((item, j) => [item, Float64Array.from(rows.map(([, v]) => v[j]))])
);
const r = assignLoyaltyKinds(answers, rows.length, DEFAULT_LOYALTY_RULES);

describe('assignLoyaltyKinds with the default rules', () => {
	it.each(rows.map(([name, , kind], i) => ({ name, kind, i })))('$name', ({ kind, i }) => {
		expect(r.kind[i]).toBe(kind);
	});

	it('counts, coverage and overlap', () => {
		expect(r.counts.map((c) => [c.kind, c.count])).toEqual([
			['monopoly', 2],
			['kinship', 1],
			['superValue', 1],
			['incentive', 1],
			['price', 1],
			['inertia', 1],
			['latent', 1]
		]);
		expect(r.counts[0].share).toBeCloseTo(0.2, 12);
		expect(r.unassigned).toBe(2);
		expect(r.overlapping).toBe(1);
		expect(r.rules.map((x) => [x.kind, x.assigned, x.matched])).toEqual([
			['monopoly', 2, 2],
			['kinship', 1, 2],
			['superValue', 1, 2],
			['incentive', 1, 2],
			['price', 1, 2],
			['inertia', 1, 1],
			['latent', 1, 2]
		]);
	});

	it('a rule whose item the survey lacks never matches and says which item', () => {
		const { walletShare: _drop, ...rest } = answers;
		const without = assignLoyaltyKinds(rest, rows.length, DEFAULT_LOYALTY_RULES);
		expect(without.rules.find((x) => x.kind === 'latent')!.missingItems).toEqual(['walletShare']);
		expect(without.kind[6]).toBeNull();
		expect(without.unassigned).toBe(3);
	});
});

describe('findLoyaltyItems', () => {
	it('finds the English and the Chinese sample headers, and honours a chosen column', () => {
		expect(findLoyaltyItems(['Trust', 'wallet_share', 'x'])).toEqual({
			trust: 'Trust',
			walletShare: 'wallet_share'
		});
		expect(findLoyaltyItems(['信任', '可选替代'])).toEqual({
			trust: '信任',
			alternatives: '可选替代'
		});
		expect(findLoyaltyItems(['trust', 'x'], { trust: 'x', ties: 'missing' })).toEqual({
			trust: 'x'
		});
	});
});
