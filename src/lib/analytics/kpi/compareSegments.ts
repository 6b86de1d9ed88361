// Segment sizes and revenue in two windows: each customer's segment as of a window's last day
// (the segment migration's two dates), and the net revenue of the window's
// transactions counted to the segment its customer was in at that window's end. A customer
// not yet acquired at a date ('new' in the migration) counts in neither; revenue of such a
// customer (only returns, say) is reported apart so the rows still add up to the window's
// revenue. Revenue is summed in cents (analytics/money.ts).
import { fromCents, toCents } from '../money';
import type { TransactionTable } from '../types';
import { delta, type Delta, type Window } from './comparePeriods';

export interface SegmentCompareRow {
	key: string;
	customersNow: number;
	customersBefore: number;
	customers: Delta | null;
	/** Net revenue in the window; null without an amount column. */
	revenueNow: number | null;
	revenueBefore: number | null;
	revenue: Delta | null;
}

export interface SegmentCompare {
	rows: SegmentCompareRow[];
	/** Revenue of customers without a segment at the window's end; null without amounts. */
	outsideNow: number | null;
	outsideBefore: number | null;
}

/**
 * `segNow[c]` / `segBefore[c]`: the segment key of customer code c at each window's end, or
 * any key not in `keys` (such as 'new') when c was not a customer yet. Rows follow `keys`.
 */
export function compareSegments(
	tx: TransactionTable,
	keys: readonly string[],
	segNow: readonly string[],
	segBefore: readonly string[],
	now: Window,
	before: Window
): SegmentCompare {
	const index = new Map<string, number>();
	keys.forEach((k, i) => index.set(k, i));
	const k = keys.length;
	// Slot k collects what has no segment.
	const count = (seg: readonly string[]) => {
		const out = new Array<number>(k + 1).fill(0);
		for (let c = 0; c < tx.customerIds.length; c++) out[index.get(seg[c]) ?? k]++;
		return out;
	};
	const cents = (seg: readonly string[], w: Window) => {
		const out = new Array<number>(k + 1).fill(0);
		if (!tx.amount) return out;
		for (let i = 0; i < tx.length; i++) {
			const d = tx.day[i];
			if (d < w.from || d > w.to) continue;
			out[index.get(seg[tx.customer[i]]) ?? k] += toCents(tx.amount[i]);
		}
		return out;
	};
	const cn = count(segNow);
	const cb = count(segBefore);
	const rn = cents(segNow, now);
	const rb = cents(segBefore, before);
	const money = (c: number) => (tx.amount ? fromCents(c) : null);
	const rows = keys.map((key, i) => {
		const revenueNow = money(rn[i]);
		const revenueBefore = money(rb[i]);
		return {
			key,
			customersNow: cn[i],
			customersBefore: cb[i],
			customers: delta(cn[i], cb[i]),
			revenueNow,
			revenueBefore,
			revenue: delta(revenueNow, revenueBefore)
		};
	});
	return { rows, outsideNow: money(rn[k]), outsideBefore: money(rb[k]) };
}
