// The row view's query over a dataset's stored columns: which rows match a search and column
// filters, in which order. Runs in the engine worker over the columnar data (codes, day numbers,
// amounts), never over row objects, so a million rows are filtered by tight loops on typed arrays.
import type { Field, StoredColumn } from '../validate/types';
import { MISSING_DAY } from '../../analytics/types';
import { ownValue } from '../../analytics/emptyRecord';

/** A condition on one column: some of its labels (text), or an inclusive range (numbers, days). */
export type ColumnFilter =
	| { key: string; kind: 'values'; values: string[] }
	/** Bounds inclusive; null = open. Days as day numbers (analytics/dates). */
	| { key: string; kind: 'range'; min: number | null; max: number | null };

/**
 * How text sorts: by UTF-16 code units (the same everywhere), or, under a Chinese interface, as
 * a Chinese reader expects: Han characters by pinyin (ICU's zh collation; Latin after Han).
 */
export type Collation = 'code' | 'pinyin';

export interface RowQuery {
	sort: { key: string; desc: boolean } | null;
	/** Absent = 'code'. Id columns always sort by code units (ids are strings, not words). */
	collation?: Collation;
	/** Substring looked for in every text (dictionary) cell of a row; '' = every row. */
	search: string;
	filters: ColumnFilter[];
}

export interface QueryTable {
	rows: number;
	fields: Field[];
	columns: Record<string, StoredColumn>;
}

/**
 * Lower-cases for a search that ignores Latin case; Chinese has none, so it passes unchanged.
 * (toLowerCase, not a locale's: the same in Node and every browser.)
 */
const fold = (s: string) => s.toLowerCase();

/** Per label of a dictionary column, 1 when it satisfies `test`. */
function labelMask(col: { labels: string[] }, test: (label: string) => boolean): Uint8Array {
	const labels = col.labels;
	const mask = new Uint8Array(labels.length);
	for (let i = 0; i < labels.length; i++) if (test(labels[i])) mask[i] = 1;
	return mask;
}

/** Keeps (sets to 0 in `keep`) only rows matching every filter and the search. */
function narrow(t: QueryTable, q: RowQuery, keep: Uint8Array): void {
	for (const f of q.filters) {
		const col = ownValue(t.columns, f.key);
		if (!col) continue; // a column the dataset does not have filters nothing
		if (f.kind === 'values') {
			if (col.type !== 'dict') continue;
			const wanted = new Set(f.values);
			const mask = labelMask(col, (l) => wanted.has(l));
			const codes = col.codes;
			for (let r = 0; r < t.rows; r++)
				if (keep[r] && (codes[r] < 0 || !mask[codes[r]])) keep[r] = 0;
		} else {
			if (col.type === 'dict') continue;
			const lo = f.min ?? -Infinity;
			const hi = f.max ?? Infinity;
			const v = col.values;
			const missing = (x: number) => (col.type === 'day' ? x === MISSING_DAY : Number.isNaN(x));
			for (let r = 0; r < t.rows; r++)
				if (keep[r] && (missing(v[r]) || v[r] < lo || v[r] > hi)) keep[r] = 0;
		}
	}
	const needle = fold(q.search.trim());
	if (!needle) return;
	// Which labels of each text column contain the needle: each label is tested once.
	const text = t.fields
		.map((f) => ownValue(t.columns, f.key))
		.filter((c): c is Extract<StoredColumn, { type: 'dict' }> => c?.type === 'dict')
		.map((c) => ({ codes: c.codes, mask: labelMask(c, (l) => fold(l).includes(needle)) }));
	for (let r = 0; r < t.rows; r++) {
		if (!keep[r]) continue;
		let hit = false;
		for (const { codes, mask } of text)
			if (codes[r] >= 0 && mask[codes[r]]) {
				hit = true;
				break;
			}
		if (!hit) keep[r] = 0;
	}
}

/** Columns whose values are identifiers: sorted by code units whatever the collation. */
const ID_ROLES: ReadonlySet<string> = new Set(['customerId', 'orderId']);

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
let pinyinCollator: Intl.Collator | null = null;
/** Pinyin order; labels the collation calls equal keep the code-unit order (same everywhere). */
function byPinyin(a: string, b: string): number {
	pinyinCollator ??= new Intl.Collator('zh-u-co-pinyin');
	return pinyinCollator.compare(a, b) || byCodeUnits(a, b);
}

/** How a column's labels compare under a collation: ids by code units whatever is asked. */
export function labelOrder(
	collation: Collation | undefined,
	role: string | undefined
): (a: string, b: string) => number {
	return collation === 'pinyin' && !(role !== undefined && ID_ROLES.has(role))
		? byPinyin
		: byCodeUnits;
}

/**
 * A comparison of two rows by one column, blanks last in either direction. Text compares by
 * UTF-16 code units (so "007" < "7" < "C1": ids stay strings, never read as numbers, and the
 * order is the same on every machine) or, for a text column that is not an id, by pinyin when
 * asked; ties keep the file's order.
 */
function comparator(
	col: StoredColumn,
	desc: boolean,
	text: (a: string, b: string) => number
): (a: number, b: number) => number {
	const dir = desc ? -1 : 1;
	if (col.type === 'dict') {
		// Labels ranked once, then rows compare ranks: far cheaper than comparing strings per pair.
		const order = col.labels.map((l, i) => [l, i] as const);
		order.sort((a, b) => text(a[0], b[0]));
		const rank = new Int32Array(order.length);
		order.forEach(([, i], r) => (rank[i] = r));
		const codes = col.codes;
		return (a, b) => {
			const x = codes[a];
			const y = codes[b];
			if (x < 0 || y < 0) return x < 0 && y < 0 ? a - b : x < 0 ? 1 : -1;
			return dir * (rank[x] - rank[y]) || a - b;
		};
	}
	const v = col.values;
	const missing = col.type === 'day' ? (x: number) => x === MISSING_DAY : Number.isNaN;
	return (a, b) => {
		const ma = missing(v[a]);
		const mb = missing(v[b]);
		if (ma || mb) return ma && mb ? a - b : ma ? 1 : -1;
		return dir * (v[a] - v[b]) || a - b;
	};
}

/** The indices of the rows matching `q`, in its order (the file's order when unsorted). */
export function queryRows(t: QueryTable, q: RowQuery): Uint32Array {
	const keep = new Uint8Array(t.rows).fill(1);
	narrow(t, q, keep);
	let n = 0;
	for (let r = 0; r < t.rows; r++) n += keep[r];
	const idx = new Uint32Array(n);
	for (let r = 0, at = 0; r < t.rows; r++) if (keep[r]) idx[at++] = r;
	const col = q.sort ? ownValue(t.columns, q.sort.key) : undefined;
	if (q.sort && col) {
		const key = q.sort.key;
		const role = t.fields.find((f) => f.key === key)?.role;
		idx.sort(comparator(col, q.sort.desc, labelOrder(q.collation, role)));
	}
	return idx;
}

/** What the row view offers to filter a column by. */
export type ColumnChoice =
	| { key: string; kind: 'values'; values: string[] }
	| { key: string; kind: 'range'; min: number | null; max: number | null }
	| { key: string; kind: 'none' };

/** Text columns with at most this many distinct values get a value list. */
export const VALUE_LIST_MAX = 30;

/**
 * Per field, the filter the row view offers: the sorted labels of a text column with few
 * values, the smallest and largest value of a number or date column (null when all blank).
 */
export function columnChoices(t: QueryTable): ColumnChoice[] {
	return t.fields.map((f): ColumnChoice => {
		const col = ownValue(t.columns, f.key);
		if (!col) return { key: f.key, kind: 'none' };
		if (col.type === 'dict') {
			if (col.labels.length > VALUE_LIST_MAX) return { key: f.key, kind: 'none' };
			const values = [...col.labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
			return { key: f.key, kind: 'values', values };
		}
		let min = Infinity;
		let max = -Infinity;
		const v = col.values;
		for (let r = 0; r < t.rows; r++) {
			const x = v[r];
			if (col.type === 'day' ? x === MISSING_DAY : Number.isNaN(x)) continue;
			if (x < min) min = x;
			if (x > max) max = x;
		}
		return min <= max
			? { key: f.key, kind: 'range', min, max }
			: { key: f.key, kind: 'range', min: null, max: null };
	});
}
