// Draws every purchase of every customer month by month along the customer's life curve, with
// seasonality (618, Double 11, year end), cross-buying in stability, zero-amount orders and
// returns that point back to a real earlier purchase (same order id, negative amount).
import { dayFromMonthIndex, monthIndex } from '../../src/lib/analytics/dates';
import { createRng, mixSeed, type Rng } from './createRng';
import type { SampleCustomer } from './drawCustomers';
import { lifeCurve, type LifePoint } from './lifeCurve';
import { retailSpec } from './retailSpec';

export interface Purchase {
	customer: number;
	/** Order of creation within the customer, a stable tie-breaker. */
	seq: number;
	day: number;
	amount: number;
	category: number;
	channel: number;
	/** 1-based order number, assigned in date order across all customers. */
	orderNo: number;
}

export interface Refund {
	purchase: Purchase;
	day: number;
	amount: number;
}

export interface SampleTransactions {
	purchases: Purchase[];
	refunds: Refund[];
	/** Purchases of each customer in date order, by customer index. */
	byCustomer: Purchase[][];
}

const STREAM_ORDERS = 3;
const ZERO_AMOUNT = 0.003;
const FULL_REFUND = 0.7;

const round2 = (x: number) => Math.round(x * 100) / 100;

function drawCategory(c: SampleCustomer, stage: LifePoint['stage'], rng: Rng): number {
	// Cross-buying comes with stability and with attitudinal loyalty, not with switching cost.
	const settled = stage === 'stability' || stage === 'decline';
	const cross = settled ? 0.12 + 0.5 * Math.min(1, Math.max(0, (c.attitude - 3) / 6)) : 0.12;
	if (!rng.bernoulli(cross)) return c.primaryCategory;
	const others = retailSpec.categories.map((_, k) => (k === c.primaryCategory ? 0 : 1));
	return rng.pick(others);
}

function drawCustomerOrders(c: SampleCustomer, seed: number): Purchase[] {
	const out: Purchase[] = [];
	if (c.type === 'neverBought') return out;
	const rng = createRng(mixSeed(seed, STREAM_ORDERS, c.index));
	const { end, seasonality, categoryBasket } = retailSpec;
	const add = (day: number, point: LifePoint, promo: boolean) => {
		const category = drawCategory(c, point.stage, rng);
		const channel = rng.bernoulli(0.75) ? c.mainChannel : rng.pick([0.35, 0.4, 0.25]);
		let amount = 0;
		if (!rng.bernoulli(ZERO_AMOUNT)) {
			// Price-sensitive customers stock up on promotion days.
			const stockUp = promo && c.priceSensitivity > 0.5 ? 1.3 : 1;
			const noise = Math.exp(rng.normal(0, 0.5) - 0.125);
			amount = Math.max(
				1,
				round2(c.value * point.basket * categoryBasket[category] * noise * stockUp)
			);
		}
		out.push({ customer: c.index, seq: out.length, day, amount, category, channel, orderNo: 0 });
	};
	const first = Math.min(end, c.signupDay + (rng.bernoulli(0.8) ? 0 : rng.int(1, 5)));
	add(first, lifeCurve(c.plan, 0), false);
	if (c.type === 'abortion') {
		// One or two small trial orders, then gone.
		const second = first + rng.int(7, 75);
		if (rng.bernoulli(0.45) && second <= end) add(second, lifeCurve(c.plan, 0), false);
		return out;
	}
	const signupMonth = monthIndex(c.signupDay);
	for (let cm = monthIndex(first); cm <= monthIndex(end); cm++) {
		const point = lifeCurve(c.plan, cm - signupMonth);
		if (point.stage === 'gone') break;
		const monthStart = dayFromMonthIndex(cm);
		const monthEnd = dayFromMonthIndex(cm + 1) - 1;
		const lo = Math.max(monthStart, first + 1);
		const hi = Math.min(monthEnd, end);
		if (lo > hi) continue;
		const calendarMonth = ((cm % 12) + 12) % 12;
		// Promotion-driven customers follow the shopping festivals more strongly.
		const season = seasonality[calendarMonth] ** (0.6 + 0.8 * c.priceSensitivity);
		const share = (hi - lo + 1) / (monthEnd - monthStart + 1);
		const count = rng.poisson(c.rate * point.rate * season * share);
		const festival =
			calendarMonth === 10 ? monthStart + 10 : calendarMonth === 5 ? monthStart + 17 : -1;
		const festivalChance = (calendarMonth === 10 ? 0.3 : 0.2) * (1 + c.priceSensitivity);
		for (let k = 0; k < count; k++) {
			const promo = festival >= lo && festival <= hi && rng.bernoulli(festivalChance);
			add(promo ? festival : rng.int(lo, hi), point, promo);
		}
	}
	out.sort((a, b) => a.day - b.day || a.seq - b.seq);
	return out;
}

function drawRefunds(c: SampleCustomer, orders: Purchase[], seed: number): Refund[] {
	const rng = createRng(mixSeed(seed, STREAM_ORDERS + 100, c.index));
	const refunds: Refund[] = [];
	// Unhappy and price-driven customers send more back.
	const propensity = (c.basic < 5 ? 2 : 1) * (0.6 + 0.8 * c.priceSensitivity);
	for (const p of orders) {
		if (p.amount <= 0) continue;
		if (!rng.bernoulli(retailSpec.categoryReturn[p.category] * propensity)) continue;
		const day = p.day + rng.int(2, 20);
		if (day > retailSpec.end) continue;
		const amount = rng.bernoulli(FULL_REFUND)
			? -p.amount
			: -Math.max(0.01, round2(p.amount * rng.uniform(0.2, 0.8)));
		refunds.push({ purchase: p, day, amount });
	}
	return refunds;
}

export function drawTransactions(seed: number, customers: SampleCustomer[]): SampleTransactions {
	const byCustomer = customers.map((c) => drawCustomerOrders(c, seed));
	const refunds = customers.flatMap((c) => drawRefunds(c, byCustomer[c.index], seed));
	const purchases = byCustomer.flat();
	purchases.sort((a, b) => a.day - b.day || a.customer - b.customer || a.seq - b.seq);
	purchases.forEach((p, i) => (p.orderNo = i + 1));
	return { purchases, refunds, byCustomer };
}
