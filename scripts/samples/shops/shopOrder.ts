// An order as the shop-export writers take it: what the order really was, before a shop system
// writes it in its own layout. The fixtures and teaching samples are lists of these.
export type ShopState = 'completed' | 'refunded' | 'partiallyRefunded' | 'cancelled' | 'pending';

export interface ShopLine {
	name: string;
	qty: number;
	/** Unit price. */
	price: number;
}

export interface ShopOrder {
	/** Order number, digits only (each layout decorates it: #1001, ="…", E…). */
	number: string;
	/** Customer key as the export writes it (e-mail, buyer account or member number). */
	customer: string;
	/** YYYY-MM-DD and HH:MM:SS in the shop's local time. */
	day: string;
	time: string;
	state: ShopState;
	/** Amount refunded (0 when none). */
	refund: number;
	lines: ShopLine[];
	currency: string;
}

export function orderTotal(o: ShopOrder): number {
	return Math.round(o.lines.reduce((s, l) => s + l.qty * l.price * 100, 0)) / 100;
}
