// Cross-sell suggestions for a group of customers (a segment): for each category, the customers
// of the group who have not bought it, and how likely they are to, judged by the best confidence
// from a category they already buy (confidence is over all customers). Expected new buyers =
// the sum of those chances; the top categories by it are what the group under-buys.
import type { CoPurchase } from './coPurchase';
import type { CustomerCategories } from './customerCategories';

export interface CrossSellSuggestion {
	category: string;
	/** Customers of the group who bought it already. */
	buyers: number;
	/** Customers of the group who have not. */
	nonBuyers: number;
	/** Expected new buyers among them: Σ max over their categories h of confidence(h → category). */
	expectedBuyers: number;
	/** Mean of that chance among non-buyers (0 when there are none). */
	meanChance: number;
}

export function crossSellSuggestions(
	cc: CustomerCategories,
	co: CoPurchase,
	members: ArrayLike<number>
): CrossSellSuggestion[] {
	const k = cc.categories.length;
	const conf = (h: number, c: number) =>
		co.matrix[h][h] === 0 ? 0 : co.matrix[h][c] / co.matrix[h][h];
	const out: CrossSellSuggestion[] = cc.categories.map((category) => ({
		category,
		buyers: 0,
		nonBuyers: 0,
		expectedBuyers: 0,
		meanChance: 0
	}));
	for (let m = 0; m < members.length; m++) {
		const set = cc.sets[members[m]];
		for (let c = 0; c < k; c++) {
			if (set.includes(c)) {
				out[c].buyers++;
				continue;
			}
			out[c].nonBuyers++;
			let best = 0;
			for (const h of set) best = Math.max(best, conf(h, c));
			out[c].expectedBuyers += best;
		}
	}
	for (const s of out) s.meanChance = s.nonBuyers === 0 ? 0 : s.expectedBuyers / s.nonBuyers;
	return out.sort(
		(a, b) => b.expectedBuyers - a.expectedBuyers || a.category.localeCompare(b.category)
	);
}
