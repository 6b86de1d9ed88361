// The classroom lifetime-value example: a buyer's purchases over the years, discounted to today.
// The course lists every amount of the two computer buyers; those are used as given. When a
// student changes the first amount, the count or the total, the amounts instead change in equal
// steps from the first purchase so that they add up to the stated total.
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
	/**
	 * Every amount as the course lists it. Used only while it agrees with purchases, firstAmount
	 * and total (a student who edits those gets the equal-step plan instead).
	 */
	amounts?: readonly number[];
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
	/** True when the listed amounts were used; false for the equal-step plan. */
	listed: boolean;
}

// The course's lists: the 25-year-old's ten computers (185,000 in all) and the 65-year-old's three
// of 15,000 (45,000). A purchase every 4 years is the simulation's assumption.
const YOUNG = [10_000, 12_000, 15_000, 17_000, 20_000, 22_000, 25_000, 23_000, 21_000, 20_000];
const OLD = [15_000, 15_000, 15_000];
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/** The two computer buyers of CONCEPTS.md §1, with the amounts the course lists. */
export const COMPUTER_BUYERS: { young: BuyerPlan; old: BuyerPlan } = {
	young: {
		age: 25,
		purchases: YOUNG.length,
		firstAmount: YOUNG[0],
		total: sum(YOUNG),
		intervalYears: 4,
		amounts: YOUNG
	},
	old: {
		age: 65,
		purchases: OLD.length,
		firstAmount: OLD[0],
		total: sum(OLD),
		intervalYears: 4,
		amounts: OLD
	}
};

/** The listed amounts when they still agree with the plan's count, first amount and total. */
function listedAmounts(plan: BuyerPlan, n: number): readonly number[] | null {
	const a = plan.amounts;
	if (!a || a.length !== n || a[0] !== plan.firstAmount || Math.abs(sum(a) - plan.total) > 1e-9)
		return null;
	return a;
}

export function buyerClv(plan: BuyerPlan, annualRate: number): BuyerClv {
	requireAtLeast('purchases', plan.purchases, 1);
	requireAtLeast('firstAmount', plan.firstAmount, 0);
	requireAtLeast('total', plan.total, 0);
	requireAtLeast('intervalYears', plan.intervalYears, 0);
	// A rate of −100 % or less makes the discount factor infinite or negative.
	if (!(Number.isFinite(annualRate) && annualRate > -1))
		throw new TeachError({ code: 'bad_input', params: { field: 'rate' } });
	const n = Math.floor(plan.purchases);
	const listed = listedAmounts(plan, n);
	// With n purchases, first amount f and step d: total = n f + d n(n−1)/2.
	const step = n > 1 ? (plan.total - n * plan.firstAmount) / ((n * (n - 1)) / 2) : 0;
	const first = n > 1 ? plan.firstAmount : plan.total;
	const last = first + (n - 1) * step;
	if (!listed && last < 0)
		throw new TeachError({ code: 'total_too_small', params: { min: (n * plan.firstAmount) / 2 } });
	const purchases: PlannedPurchase[] = [];
	let discounted = 0;
	for (let i = 0; i < n; i++) {
		const year = i * plan.intervalYears;
		const amount = listed ? listed[i] : first + i * step;
		const presentValue = amount / Math.pow(1 + annualRate, year);
		discounted += presentValue;
		purchases.push({ year, age: plan.age + year, amount, presentValue });
	}
	return { purchases, current: first, undiscounted: plan.total, discounted, listed: !!listed };
}
