// How many categories each customer buys: the course's "sell many products to one customer"
// (customer share) in one distribution. counts[k] = customers who bought exactly k categories.
import type { CustomerCategories } from './customerCategories';

export interface CategoriesPerCustomer {
	counts: number[];
	mean: number;
	/** Share of buying customers with two or more categories. */
	crossBuyers: number;
}

export function categoriesPerCustomer(cc: CustomerCategories): CategoriesPerCustomer {
	const counts = new Array<number>(cc.categories.length + 1).fill(0);
	let sum = 0;
	for (const set of cc.sets) {
		counts[set.length]++;
		sum += set.length;
	}
	const n = cc.sets.length;
	return {
		counts,
		mean: n === 0 ? 0 : sum / n,
		crossBuyers: n === 0 ? 0 : (n - counts[0] - counts[1]) / n
	};
}
