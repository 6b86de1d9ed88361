// The classroom lifetime-value example: a buyer's purchases over the years, discounted to today.
// Amounts rise in equal steps from the first purchase so that they add up to the stated total —
// the textbook gives only the first amount, the number of purchases and the total.
import { requireAtLeast, TeachError } from './teachIssue';

export interface BuyerPlan {
	/** Age at the first purchase (only for labels). */
	age: number;
	purchases: number;
	/** Spend at the first purchase, today: the buyer's current value. */
	firstAmount: number;
	/** Sum of all purchases over the relationship. */
	total: number;
	/** Years between purchases. */
	intervalYears: number;
}

export interface PlannedPurchase {
	year: number;
	age: number;
	amount: number;
	/** amount / (1 + rate)^year */
	presentValue: number;
}

export interface BuyerClv {
	purchases: PlannedPurchase[];
	/** Current value: the first purchase. */
	current: number;
	undiscounted: number;
	/** CLV: present value of all purchases at the discount rate. */
	discounted: number;
}

/** The two computer buyers of CONCEPTS.md §1 (a purchase every 4 years is our assumption). */
export const COMPUTER_BUYERS: { young: BuyerPlan; old: BuyerPlan } = {
	young: { age: 25, purchases: 10, firstAmount: 10_000, total: 185_000, intervalYears: 4 },
	old: { age: 65, purchases: 3, firstAmount: 15_000, total: 45_000, intervalYears: 4 }
};

export function buyerClv(plan: BuyerPlan, annualRate: number): BuyerClv {
	requireAtLeast('purchases', plan.purchases, 1);
	requireAtLeast('firstAmount', plan.firstAmount, 0);
	requireAtLeast('total', plan.total, 0);
	requireAtLeast('intervalYears', plan.intervalYears, 0);
	// A rate of −100 % or less makes the discount factor infinite or negative.
	if (!(Number.isFinite(annualRate) && annualRate > -1))
		throw new TeachError({ code: 'bad_input', params: { field: 'rate' } });
	const n = Math.floor(plan.purchases);
	// With n purchases, first amount f and step d: total = n f + d n(n−1)/2.
	const step = n > 1 ? (plan.total - n * plan.firstAmount) / ((n * (n - 1)) / 2) : 0;
	const first = n > 1 ? plan.firstAmount : plan.total;
	const last = first + (n - 1) * step;
	if (last < 0)
		throw new TeachError({ code: 'total_too_small', params: { min: (n * plan.firstAmount) / 2 } });
	const purchases: PlannedPurchase[] = [];
	let discounted = 0;
	for (let i = 0; i < n; i++) {
		const year = i * plan.intervalYears;
		const amount = first + i * step;
		const presentValue = amount / Math.pow(1 + annualRate, year);
		discounted += presentValue;
		purchases.push({ year, age: plan.age + year, amount, presentValue });
	}
	return { purchases, current: first, undiscounted: plan.total, discounted };
}
