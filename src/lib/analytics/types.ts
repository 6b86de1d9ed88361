// Columnar tables that every analysis reads. Plain typed arrays, no classes, so a table
// crosses a worker boundary (structured clone / transfer) and stores in IndexedDB as-is.

/** Whole days since 1970-01-01 (UTC). Dates never carry a time zone inside analytics. */
export type Day = number;

/** A string dictionary column: `codes[i]` indexes `labels`; -1 means missing. */
export interface CategoryColumn {
	codes: Int32Array;
	labels: string[];
}

/** Purchases, one row per transaction line (returns are negative amounts). */
export interface TransactionTable {
	length: number;
	/** Row → index into `customerIds`. */
	customer: Int32Array;
	/** Distinct customer ids as strings ("00017" stays "00017"). */
	customerIds: string[];
	/** Day number of each row. */
	day: Int32Array;
	/** Net amount per row; null when the data has no amount column (M unavailable). */
	amount: Float64Array | null;
	/** Optional order id per row (frequency counts distinct orders when present). */
	order?: CategoryColumn | null;
	quantity?: Float64Array | null;
	category?: CategoryColumn | null;
	channel?: CategoryColumn | null;
	/** Optional cost per row; margin = amount - cost. */
	cost?: Float64Array | null;
}

/** A customer attribute column: numbers (NaN = missing), categories, or dates (day numbers, NaN-free: use -2147483648 for missing). */
export type AttributeColumn =
	| { kind: 'number'; values: Float64Array }
	| { kind: 'category'; codes: Int32Array; labels: string[] }
	| { kind: 'date'; values: Int32Array };

export const MISSING_DAY = -2147483648;

/** Customer attributes, one row per customer id. */
export interface CustomerTable {
	length: number;
	ids: string[];
	columns: Record<string, AttributeColumn>;
}

/** Survey answers: one row per respondent; items are numbers with NaN for blank / don't know. */
export interface SurveyTable {
	length: number;
	/** Customer id per respondent when the survey carries one, else null. */
	customerId: (string | null)[] | null;
	/** Survey date per respondent when present. */
	day?: Int32Array | null;
	items: Record<string, Float64Array>;
	/** Non-item columns (e.g. gender) as categories. */
	groups?: Record<string, CategoryColumn>;
}

/** Per-customer summary supplied by users who aggregated elsewhere (BTYD-style). */
export interface SummaryTable {
	length: number;
	ids: string[];
	/** Repeat purchases x. */
	frequency: Float64Array;
	/** t_x: time from first to last purchase, in `unit`. */
	recency: Float64Array;
	/** T: time from first purchase to the end of observation, in `unit`. */
	T: Float64Array;
	/** Mean repeat-purchase value (NaN when unknown). */
	monetary: Float64Array;
	unit: 'day' | 'week' | 'month';
}
