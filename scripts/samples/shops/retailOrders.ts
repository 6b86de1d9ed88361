// The teaching sample's transactions for a few customers, as a shop would have them: each
// purchase an order (those over 80 split into two lines of the same category), each return a
// refund on that customer's latest earlier order that covers it (returns without one are left
// out), plus cancelled and pending orders the default status policy leaves out — so the shop
// samples give the retail sample's purchases, customers and net revenue for those customers.
import type { ShopOrder } from './shopOrder';

export interface RetailRow {
	order: string;
	customer: string;
	day: string;
	amount: number;
	category: string;
}

export function parseRetail(csv: string): RetailRow[] {
	const [, ...lines] = csv.trim().split('\n');
	return lines.map((l) => {
		const [order, customer, day, amount, category] = l.split(',');
		return { order, customer, day, amount: Number(amount), category };
	});
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Orders of the retail rows of `customers`; `dropped` counts returns that had no order to refund. */
export function retailOrders(
	rows: RetailRow[],
	customers: Set<string>
): { orders: ShopOrder[]; dropped: number } {
	const orders: ShopOrder[] = [];
	const latest = new Map<string, ShopOrder[]>();
	let dropped = 0;
	let seq = 0;
	const time = (k: number) =>
		`${String(9 + (k % 13)).padStart(2, '0')}:${String((k * 7) % 60).padStart(2, '0')}:${String((k * 13) % 60).padStart(2, '0')}`;
	for (const r of rows) {
		if (!customers.has(r.customer)) continue;
		if (r.amount < 0) {
			const prior = (latest.get(r.customer) ?? []).filter(
				(o) => o.day <= r.day && orderValue(o) - o.refund >= -r.amount
			);
			const o = prior[prior.length - 1];
			if (!o) {
				dropped++;
				continue;
			}
			o.refund = cents(o.refund - r.amount);
			o.state = o.refund >= orderValue(o) ? 'refunded' : 'partiallyRefunded';
			continue;
		}
		seq++;
		const lines =
			r.amount > 80
				? [
						{ name: r.category, qty: 1, price: cents(r.amount * 0.6) },
						{ name: r.category, qty: 1, price: cents(r.amount - cents(r.amount * 0.6)) }
					]
				: [{ name: r.category, qty: 1, price: r.amount }];
		const o: ShopOrder = {
			number: String(1000 + seq),
			customer: r.customer,
			day: r.day,
			time: time(seq),
			state: 'completed',
			refund: 0,
			lines,
			currency: 'CNY'
		};
		orders.push(o);
		latest.set(r.customer, [...(latest.get(r.customer) ?? []), o]);
		// Every 9th purchase is followed by a cancelled order, every 14th by an unpaid one.
		for (const [every, state] of [
			[9, 'cancelled'],
			[14, 'pending']
		] as const) {
			if (seq % every !== 0) continue;
			seq++;
			orders.push({ ...o, number: String(1000 + seq), time: time(seq), state, lines: [...lines] });
		}
	}
	return { orders, dropped };
}

function orderValue(o: ShopOrder): number {
	return cents(o.lines.reduce((s, l) => s + l.qty * l.price, 0));
}
