// Which categories each customer bought, counted once per customer and category: the unit of
// the course's cross-buying 交叉购买 and of basket-style co-purchase measures at customer level.
// A return (negative amount) or a free order is not a purchase, so it does not add a category.
import type { TransactionTable } from '../types';

export interface CustomerCategories {
	/** Category names, in the table's label order. */
	categories: string[];
	/** Customer ids with at least one category bought. */
	customerIds: string[];
	/** Per customer (aligned with customerIds): sorted category indexes bought. */
	sets: number[][];
}

export function customerCategories(tx: TransactionTable): CustomerCategories | null {
	const cat = tx.category;
	if (!cat) return null;
	const byCustomer = new Map<number, Set<number>>();
	for (let i = 0; i < tx.length; i++) {
		const code = cat.codes[i];
		if (code < 0) continue;
		if (tx.amount && !(tx.amount[i] > 0)) continue;
		const c = tx.customer[i];
		let set = byCustomer.get(c);
		if (!set) byCustomer.set(c, (set = new Set()));
		set.add(code);
	}
	const order = [...byCustomer.keys()].sort((a, b) => a - b);
	return {
		categories: cat.labels.slice(),
		customerIds: order.map((c) => tx.customerIds[c]),
		sets: order.map((c) => [...byCustomer.get(c)!].sort((a, b) => a - b))
	};
}
