import type { LayoutId, OrderState, StatusPolicy } from '../map/layouts/types';

/** What reading a shop export as orders did: shown in the import report and by `cli inspect`. */
export interface OrderReport {
	layout: LayoutId;
	/** Data rows of the file (line items, or orders in a row-per-order export). */
	lines: number;
	/** Distinct orders found. */
	orders: number;
	/** Orders counted as purchases under the status policy. */
	kept: number;
	byState: Record<OrderState, number>;
	policy: StatusPolicy;
	/** Orders each rule removed. */
	removed: { cancelled: number; pending: number; otherCurrency: number };
	/** Refunded orders and the amount refunded (netted as returns, or left out). */
	refunds: { orders: number; amount: number };
	/** Where each kept order's amount came from. */
	amountFrom: { orderTotal: number; lineSum: number; none: number };
	customerKey: 'email' | 'account' | 'id';
	/** Customer cells changed by normalising (trimmed; e-mail addresses lower-cased). */
	idsNormalised: number;
	/** Cells unwrapped from ="…" or a leading apostrophe. */
	unwrapped: number;
	/** Time-zone offsets written in the dates (the day is read as written: the shop's local day). */
	offsets: string[];
	/** The currency counted, and the others (not summed with it). */
	currency: { main: string | null; others: { code: string; orders: number; amount: number }[] };
	/** Status words the layout does not know (counted as completed). */
	unknownStatuses: string[];
}
