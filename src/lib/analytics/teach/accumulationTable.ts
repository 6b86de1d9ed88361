// The customer accumulation effect 顾客累加效应: two shops start equal and A loses `movesPerPeriod`
// customers to B each period. A's loss is B's gain, so the gap grows twice as fast as either
// shop changes and the relative size B/A grows faster still.
import { requireAtLeast } from './teachIssue';

export interface AccumulationOptions {
	/** Customers each shop starts with. */
	customers: number;
	profitPerCustomer: number;
	/** Customers who move from A to B in each period. */
	movesPerPeriod: number;
}

export interface AccumulationRow {
	period: number;
	a: number;
	b: number;
	/** B − A in customers. */
	gap: number;
	/** B / A; null once A has no customers left. */
	relative: number | null;
	/** Market shares of the two shops' customers, 0–1 (the textbook's 市场份额 columns); null with none. */
	shareA: number | null;
	shareB: number | null;
	profitA: number;
	profitB: number;
	profitGap: number;
}

/** The periods of the textbook table: 0–10 one by one, then 25 and 50 (75/125 and 50/150). */
export const TEXTBOOK_PERIODS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 25, 50];

export function accumulationRow(o: AccumulationOptions, period: number): AccumulationRow {
	requireAtLeast('customers', o.customers, 0);
	requireAtLeast('profitPerCustomer', o.profitPerCustomer, 0);
	requireAtLeast('movesPerPeriod', o.movesPerPeriod, 0);
	requireAtLeast('period', period, 0);
	// A cannot lose customers it no longer has.
	const moved = Math.min(o.customers, o.movesPerPeriod * period);
	const a = o.customers - moved;
	const b = o.customers + moved;
	return {
		period,
		a,
		b,
		gap: b - a,
		relative: a > 0 ? b / a : null,
		shareA: a + b > 0 ? a / (a + b) : null,
		shareB: a + b > 0 ? b / (a + b) : null,
		profitA: a * o.profitPerCustomer,
		profitB: b * o.profitPerCustomer,
		profitGap: (b - a) * o.profitPerCustomer
	};
}

export function accumulationTable(
	o: AccumulationOptions,
	periods: readonly number[]
): AccumulationRow[] {
	return periods.map((p) => accumulationRow(o, p));
}

/** Every period 0..horizon, for the line chart. */
export function accumulationSeries(o: AccumulationOptions, horizon: number): AccumulationRow[] {
	requireAtLeast('horizon', horizon, 0);
	return accumulationTable(
		o,
		Array.from({ length: Math.floor(horizon) + 1 }, (_, i) => i)
	);
}
