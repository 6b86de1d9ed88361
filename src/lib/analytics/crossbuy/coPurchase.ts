// Category co-purchase over customers (not baskets): support = share of buying customers who
// bought the category (or both), confidence(a → b) = customers with both / customers with a,
// lift = support(a, b) / (support(a) · support(b)). Lift above 1 means the two go together more
// often than if customers chose them independently.
import type { CustomerCategories } from './customerCategories';

export interface CategoryShare {
	name: string;
	customers: number;
	support: number;
}

export interface CategoryPair {
	/** Antecedent: customers who bought a … */
	a: string;
	/** … also bought b. */
	b: string;
	customers: number;
	support: number;
	confidence: number;
	lift: number;
}

export interface CoPurchase {
	customers: number;
	categories: CategoryShare[];
	/** Both directions of every pair bought together at least once, by lift then customers. */
	pairs: CategoryPair[];
	/** Customers with both categories, [i][j] by category index (diagonal = customers with i). */
	matrix: number[][];
}

export function coPurchase(cc: CustomerCategories): CoPurchase {
	const k = cc.categories.length;
	const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (const set of cc.sets) for (const i of set) for (const j of set) matrix[i][j]++;
	const n = cc.sets.length;
	const share = (x: number) => (n === 0 ? 0 : x / n);
	const categories = cc.categories.map((name, i) => ({
		name,
		customers: matrix[i][i],
		support: share(matrix[i][i])
	}));
	const pairs: CategoryPair[] = [];
	for (let i = 0; i < k; i++)
		for (let j = 0; j < k; j++) {
			if (i === j || matrix[i][j] === 0) continue;
			const both = share(matrix[i][j]);
			pairs.push({
				a: cc.categories[i],
				b: cc.categories[j],
				customers: matrix[i][j],
				support: both,
				confidence: matrix[i][j] / matrix[i][i],
				lift: both / (categories[i].support * categories[j].support)
			});
		}
	pairs.sort(
		(x, y) =>
			y.lift - x.lift ||
			y.customers - x.customers ||
			x.a.localeCompare(y.a) ||
			x.b.localeCompare(y.b)
	);
	return { customers: n, categories, pairs, matrix };
}
