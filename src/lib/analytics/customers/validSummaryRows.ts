// Which rows of an imported customer summary can be used: a summary comes from someone else's
// SQL or spreadsheet, so impossible rows (negative or missing counts and times, a last purchase
// after the end of observation, a time of last purchase without any repeat) are left out and
// counted, never passed on as NaN.
import type { SummaryTable } from '../types';

export interface SummaryRows {
	/** Usable row numbers, ascending. */
	rows: Int32Array;
	/** Rows left out. */
	dropped: number;
	/** True when at least one usable row has a finite monetary value. */
	hasMonetary: boolean;
}

export function validSummaryRows(table: SummaryTable): SummaryRows {
	const keep = new Int32Array(table.length);
	let n = 0;
	let hasMonetary = false;
	for (let i = 0; i < table.length; i++) {
		const x = table.frequency[i];
		const tx = table.recency[i];
		const T = table.T[i];
		// `!(v >= 0)` also catches NaN.
		if (!(x >= 0) || !(tx >= 0) || !(T >= tx) || !Number.isFinite(T) || !Number.isFinite(x))
			continue;
		if (x === 0 && tx > 0) continue;
		if (table.ids[i] === '') continue;
		keep[n++] = i;
		if (Number.isFinite(table.monetary[i])) hasMonetary = true;
	}
	return { rows: keep.slice(0, n), dropped: table.length - n, hasMonetary };
}
