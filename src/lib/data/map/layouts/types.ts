// A shop system's order export described as data: which headers identify it, which column
// plays which role, what its status words mean and whether it has a row per order or per
// line item. A new layout is one more file like shopifyOrders.ts plus a fixture.
import type { Role } from '../headerSynonyms';

export type LayoutId =
	| 'shopifyOrders'
	| 'wooCommerceOrders'
	| 'taobaoOrders'
	| 'taobaoItems'
	| 'jdOrders'
	| 'youzanOrders'
	| 'posSales'
	/** Any transactions file with a known status column (recogniseStatusColumn). */
	| 'genericOrders';

/** The shop systems' own layouts (the generic status-column reading aside). */
export type ShopLayoutId = Exclude<LayoutId, 'genericOrders'>;

/** What an order's status words say about it (the status policy decides what counts). */
export type OrderState =
	| 'completed'
	| 'refunded'
	| 'partiallyRefunded'
	| 'cancelled'
	| 'pending'
	/** A status word the layout does not know: counted as completed, and listed. */
	| 'unknown';

export const ORDER_STATES: OrderState[] = [
	'completed',
	'refunded',
	'partiallyRefunded',
	'cancelled',
	'pending',
	'unknown'
];

/** Header names as the export writes them (matched after normalizeHeader). */
export type HeaderNames = string[];

export interface ExportLayout {
	id: LayoutId;
	/** Shown as "Recognised: …". */
	name: { en: string; zh: string };
	/**
	 * Header sets, one per language the system exports in: a file whose headers include every
	 * name of one set is this export.
	 */
	signatures: HeaderNames[];
	/** Candidate headers per role, first present wins. */
	roles: Partial<Record<Role, HeaderNames>>;
	/** Status columns: every word found is looked up in `statuses`; the gravest state wins. */
	status: HeaderNames;
	/** A column whose mere filling cancels the order (Shopify's "Cancelled at"). */
	cancelledWhenFilled: HeaderNames;
	/** Amount refunded on the order. */
	refund: HeaderNames;
	currency: HeaderNames;
	/** A line's price: per unit (times quantity) or the line's total. */
	linePrice: HeaderNames;
	linePriceIs: 'unit' | 'lineTotal';
	/** 'line': one row per line item, order fields repeated or only on the order's first row. */
	rows: 'order' | 'line';
	/** What identifies the customer when the export has no customer id. */
	customerKey: 'email' | 'account' | 'id';
	/** Status words (lower-cased, trimmed) → state. */
	statuses: Record<string, OrderState>;
}

export interface StatusPolicy {
	/** Orders not yet paid or shipped. */
	pending: 'exclude' | 'include';
	/** Cancelled, closed or voided orders. */
	cancelled: 'exclude' | 'include';
	/** Refunds: a return row netting the refunded amount, or left out (gross sales). */
	refunds: 'net' | 'ignore';
}

export const DEFAULT_STATUS_POLICY: StatusPolicy = {
	pending: 'exclude',
	cancelled: 'exclude',
	refunds: 'net'
};

/** A recognised layout applied to one file's columns: kept in the Mapping, so it is remembered. */
export interface LayoutMapping {
	id: LayoutId;
	/** Column indexes of the layout's extra columns (beyond the roles). */
	status: number[];
	cancelledWhenFilled: number[];
	refund: number | null;
	currency: number | null;
	linePrice: number | null;
	policy: StatusPolicy;
}
