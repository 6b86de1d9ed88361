import { describe, expect, it } from 'vitest';
import { categoriesPerCustomer } from './categoriesPerCustomer';
import { coPurchase } from './coPurchase';
import { crossSellSuggestions } from './crossSellSuggestions';
import { customerCategories } from './customerCategories';
import { testTable } from './testTable';

// Five buying customers: C1 {A,B}, C2 {A,B,C}, C3 {A}, C4 {B,C}, C5 {C}. C1 buys A twice (counts
// once), C6 only returns and C7 only has a free order (neither is a buyer), one row has no category.
const tx = testTable([
	['C1', 'A', 10],
	['C1', 'A', 12],
	['C1', 'B', 5],
	['C2', 'A', 1],
	['C2', 'B', 1],
	['C2', 'C', 1],
	['C3', 'A', 3],
	['C4', 'B', 4],
	['C4', 'C', 4],
	['C5', 'C', 9],
	['C6', 'A', -10],
	['C7', 'B', 0],
	['C5', '', 2]
]);
const cc = customerCategories(tx)!;
const co = coPurchase(cc);

describe('coPurchase over customers', () => {
	it('counts each buying customer once per category', () => {
		expect(co.customers).toBe(5);
		expect(co.categories).toEqual([
			{ name: 'A', customers: 3, support: 0.6 },
			{ name: 'B', customers: 3, support: 0.6 },
			{ name: 'C', customers: 3, support: 0.6 }
		]);
	});

	// By hand: AB = {C1, C2} → support 2/5, confidence 2/3, lift 0.4 / 0.36 = 1.111…;
	// AC = {C2} → 1/5, 1/3, 0.2 / 0.36 = 0.555…; BC = {C2, C4} → as AB.
	const cases = [
		{ a: 'A', b: 'B', customers: 2, support: 0.4, confidence: 2 / 3, lift: 10 / 9 },
		{ a: 'B', b: 'A', customers: 2, support: 0.4, confidence: 2 / 3, lift: 10 / 9 },
		{ a: 'B', b: 'C', customers: 2, support: 0.4, confidence: 2 / 3, lift: 10 / 9 },
		{ a: 'C', b: 'B', customers: 2, support: 0.4, confidence: 2 / 3, lift: 10 / 9 },
		{ a: 'A', b: 'C', customers: 1, support: 0.2, confidence: 1 / 3, lift: 5 / 9 },
		{ a: 'C', b: 'A', customers: 1, support: 0.2, confidence: 1 / 3, lift: 5 / 9 }
	];
	it.each(cases)('$a → $b', (want) => {
		const got = co.pairs.find((p) => p.a === want.a && p.b === want.b)!;
		expect(got.customers).toBe(want.customers);
		expect(got.support).toBeCloseTo(want.support, 12);
		expect(got.confidence).toBeCloseTo(want.confidence, 12);
		expect(got.lift).toBeCloseTo(want.lift, 12);
	});

	it('ranks pairs by lift, then customers, then name', () => {
		expect(co.pairs.map((p) => p.a + p.b)).toEqual(['AB', 'BA', 'BC', 'CB', 'AC', 'CA']);
	});

	it('gives nothing without a category column', () => {
		expect(customerCategories({ ...tx, category: null })).toBeNull();
	});
});

describe('categoriesPerCustomer', () => {
	it('counts customers by number of categories: 1 → 2, 2 → 2, 3 → 1', () => {
		expect(categoriesPerCustomer(cc)).toEqual({
			counts: [0, 2, 2, 1],
			mean: 9 / 5,
			crossBuyers: 3 / 5
		});
	});
});

describe('crossSellSuggestions', () => {
	it('for {C3 (A only), C5 (C only)}: B first (2/3 + 2/3), then A and C (1/3 each)', () => {
		const members = [cc.customerIds.indexOf('C3'), cc.customerIds.indexOf('C5')];
		const s = crossSellSuggestions(cc, co, members);
		expect(s.map((x) => x.category)).toEqual(['B', 'A', 'C']);
		expect(s[0]).toMatchObject({ buyers: 0, nonBuyers: 2 });
		expect(s[0].expectedBuyers).toBeCloseTo(4 / 3, 12);
		expect(s[0].meanChance).toBeCloseTo(2 / 3, 12);
		expect(s[1]).toMatchObject({ buyers: 1, nonBuyers: 1 });
		expect(s[1].expectedBuyers).toBeCloseTo(1 / 3, 12);
	});
});
