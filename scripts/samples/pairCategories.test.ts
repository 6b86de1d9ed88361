// The built-in cross-buying structure, measured on the committed sample by plain counting
// (independent of src/lib/analytics/crossbuy): complementary pairs with lift ≥ 2, pairs across
// groups below 1, lower-tier cities under-buying Books; and the relabelling keeps each
// customer's main category.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawCustomers } from './drawCustomers';
import { categoryMaps } from './pairCategories';
import { retailSpec } from './retailSpec';

const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').slice(1);

/** Categories bought (amount > 0) by each customer. */
const sets = new Map<string, Set<string>>();
for (const line of lines('static/samples/retail/transactions.csv')) {
	const [, customer, , amount, category] = line.split(',');
	if (Number(amount) <= 0) continue;
	if (!sets.has(customer)) sets.set(customer, new Set());
	sets.get(customer)!.add(category);
}
const n = sets.size;
const count = (...cats: string[]) =>
	[...sets.values()].filter((s) => cats.every((c) => s.has(c))).length;
const lift = (a: string, b: string) => (count(a, b) * n) / (count(a) * count(b));

describe('cross-buying structure of the teaching sample', () => {
	// Measured values (docs/samples.md); the bounds are what the course needs them to show.
	const cases: { a: string; b: string; lift: number; check: (x: number) => boolean }[] = [
		{ a: 'Books', b: 'Electronics', lift: 2.47, check: (x) => x >= 2 },
		{ a: 'Food', b: 'Home', lift: 2.01, check: (x) => x >= 2 },
		{ a: 'Apparel', b: 'Beauty', lift: 1.64, check: (x) => x > 1.5 },
		{ a: 'Apparel', b: 'Food', lift: 0.39, check: (x) => x < 1 },
		{ a: 'Beauty', b: 'Home', lift: 0.43, check: (x) => x < 1 },
		{ a: 'Apparel', b: 'Electronics', lift: 0.65, check: (x) => x < 1 }
	];
	it.each(cases)('$a–$b lift $lift', ({ a, b, lift: expected, check }) => {
		expect(lift(a, b)).toBeCloseTo(expected, 2);
		expect(check(lift(a, b))).toBe(true);
	});

	it('4,922 buying customers, 1.85 categories each on average', () => {
		expect(n).toBe(4922);
		const total = [...sets.values()].reduce((s, c) => s + c.size, 0);
		expect(total / n).toBeCloseTo(1.85, 2);
	});

	it('customers in Tier 3 and smaller cities buy Books about half as often', () => {
		const tier = new Map<string, string>();
		for (const line of lines('static/samples/retail/customers.csv')) {
			const f = line.split(',');
			tier.set(f[0], f[4]);
		}
		const share = (tiers: string[]) => {
			const members = [...sets.keys()].filter((c) => tiers.includes(tier.get(c)!));
			return members.filter((c) => sets.get(c)!.has('Books')).length / members.length;
		};
		const low = share(['Tier 3', 'Tier 4+']);
		const high = share(['Tier 1', 'Tier 2']);
		expect(low).toBeCloseTo(280 / 2348, 4);
		expect(high).toBeCloseTo(525 / 2574, 4);
		expect(low / high).toBeLessThan(0.6);
	});

	it("every customer's main category stays, and every label is a category", () => {
		const customers = drawCustomers(retailSpec.seed, 300);
		const maps = categoryMaps(retailSpec.seed, customers);
		for (const c of customers) {
			expect(maps[c.index][c.primaryCategory]).toBe(c.primaryCategory);
			for (const k of maps[c.index]) expect(k >= 0 && k < 6).toBe(true);
		}
	});
});
