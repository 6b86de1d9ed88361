// One condition compiled against one column into a test of a row index: dictionary labels
// become a per-code table, so a million rows cost a lookup each, never a string compare.
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

export function conditionTest(col: FilterColumn, c: FilterCondition): (row: number) => boolean {
	if (col.type === 'dict') {
		if (c.values === undefined) throw new FilterProblem('filter.not_numeric', { column: c.column });
		const want = new Set(c.values);
		const ok = new Uint8Array(col.labels.length);
		col.labels.forEach((l, i) => (ok[i] = want.has(l) ? 1 : 0));
		const codes = col.codes;
		return (r) => codes[r] >= 0 && ok[codes[r]] === 1;
	}
	if (col.type === 'day') {
		const values = col.values;
		if (c.values !== undefined) {
			const days = new Set(c.values.map((v) => dayBound(v)));
			return (r) => values[r] !== MISSING_DAY && days.has(values[r]);
		}
		const lo = dayBound(c.min) ?? -Infinity;
		const hi = dayBound(c.max) ?? Infinity;
		return (r) => values[r] !== MISSING_DAY && values[r] >= lo && values[r] <= hi;
	}
	const values = col.values;
	if (c.values !== undefined) {
		const nums = new Set(c.values.map((v) => numberBound(v, c)));
		return (r) => nums.has(values[r]);
	}
	const lo = numberBound(c.min, c) ?? -Infinity;
	const hi = numberBound(c.max, c) ?? Infinity;
	// NaN (missing) fails both comparisons: a range never keeps a missing value.
	return (r) => values[r] >= lo && values[r] <= hi;
}
