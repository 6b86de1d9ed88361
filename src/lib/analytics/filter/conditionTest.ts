// One condition applied to one column over a mask of rows (1 = still kept): each column type
// has its own tight loop over typed arrays, and dictionary labels become a per-code table, so
// a million rows cost a lookup each, never a string compare or a function call per row.
import { dayFromISO } from '../dates';
import { MISSING_DAY } from '../types';
import { FilterProblem, type FilterColumn, type FilterCondition } from './filterSpec';

function dayBound(v: number | string | null | undefined): number | null {
	if (v === null || v === undefined) return null;
	const d = typeof v === 'number' ? v : dayFromISO(v);
	if (!Number.isFinite(d)) throw new FilterProblem('filter.bad_date', { value: String(v) });
	return d;
}

function numberBound(v: number | string | null | undefined, c: FilterCondition): number | null {
	if (v === null || v === undefined) return null;
	const n = typeof v === 'number' ? v : Number(v);
	if (!Number.isFinite(n))
		throw new FilterProblem('filter.bad_number', { column: c.column, value: String(v) });
	return n;
}

function keepCodes(codes: Int32Array, ok: Uint8Array, keep: Uint8Array) {
	for (let r = 0; r < keep.length; r++) {
		if (keep[r] === 0) continue;
		const k = codes[r];
		if (k < 0 || ok[k] === 0) keep[r] = 0;
	}
}

function keepRange(values: Int32Array | Float64Array, lo: number, hi: number, keep: Uint8Array) {
	// NaN (a missing number) fails both comparisons: a range never keeps a missing value.
	for (let r = 0; r < keep.length; r++)
		if (keep[r] !== 0 && !(values[r] >= lo && values[r] <= hi)) keep[r] = 0;
}

function keepSet(values: Int32Array | Float64Array, want: Set<number>, keep: Uint8Array) {
	for (let r = 0; r < keep.length; r++) if (keep[r] !== 0 && !want.has(values[r])) keep[r] = 0;
}

/** Clears `keep[r]` for every row of `col` that fails the condition. */
export function applyCondition(col: FilterColumn, c: FilterCondition, keep: Uint8Array): void {
	if (col.type === 'dict') {
		if (c.values === undefined) throw new FilterProblem('filter.not_numeric', { column: c.column });
		const want = new Set(c.values);
		const ok = new Uint8Array(col.labels.length);
		col.labels.forEach((l, i) => (ok[i] = want.has(l) ? 1 : 0));
		keepCodes(col.codes, ok, keep);
		return;
	}
	if (col.type === 'day') {
		if (c.values !== undefined) {
			const days = new Set(c.values.map((v) => dayBound(v) as number));
			days.delete(MISSING_DAY);
			keepSet(col.values, days, keep);
			return;
		}
		const lo = dayBound(c.min) ?? -Infinity;
		const hi = dayBound(c.max) ?? Infinity;
		// MISSING_DAY is the smallest Int32: below any real lower bound, so excluded explicitly.
		keepRange(col.values, Math.max(lo, MISSING_DAY + 1), hi, keep);
		return;
	}
	if (c.values !== undefined) {
		keepSet(col.values, new Set(c.values.map((v) => numberBound(v, c) as number)), keep);
		return;
	}
	keepRange(
		col.values,
		numberBound(c.min, c) ?? -Infinity,
		numberBound(c.max, c) ?? Infinity,
		keep
	);
}
