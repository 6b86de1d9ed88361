// What the filter bar offers and what the current filter keeps: the columns of the active
// transactions and customers datasets (categories with their values by frequency, numbers and
// dates with their range), the transactions' date range, and how many rows and customers the
// filter keeps — or the problem (nothing left, unknown column) in the engine's words. Reads the
// unfiltered datasets: the bar must offer values the current filter hides.
import { isoFromDay } from '../../analytics/dates';
import {
	FilterProblem,
	selectByCustomer,
	selectRows,
	type FilterSide
} from '../../analytics/filter';
import { MISSING_DAY } from '../../analytics/types';
import { joinedCustomers } from '../../data/tables/filterDataset';
import type { ColumnarDataset } from '../../data/tables/toTables';
import type { AnalysisContext } from '../context';
import { readEngineFilters } from './engineFilters';

/** Categories with more distinct values than this list only the most frequent. */
const MAX_VALUES = 200;

export interface FilterOptionColumn {
	on: FilterSide;
	key: string;
	header: string;
	type: 'dict' | 'number' | 'day';
	/** Categories: values, most frequent first, with their row counts. */
	values?: { label: string; rows: number }[];
	/** Distinct values beyond those listed. */
	more?: number;
	/** Numbers: the range; dates: ISO days. */
	min?: number | string | null;
	max?: number | string | null;
}

export interface FilterOptionsResult {
	columns: FilterOptionColumn[];
	/** First and last transaction day (ISO), for the date pickers. */
	first: string | null;
	last: string | null;
	total: { rows: number; customers: number };
	kept: { rows: number; customers: number } | null;
	problem: { code: string; values: Record<string, unknown> } | null;
}

// Roles that identify or are the date window itself: not offered as conditions.
const SKIP = new Set(['customerId', 'orderId', 'date', 'ignore']);

const described = new WeakMap<ColumnarDataset, FilterOptionColumn[]>();

function describe(ds: ColumnarDataset, on: FilterSide): FilterOptionColumn[] {
	const hit = described.get(ds);
	if (hit) return hit;
	const out: FilterOptionColumn[] = [];
	for (const f of ds.fields) {
		if (SKIP.has(f.role)) continue;
		const c = ds.columns[f.key];
		if (!c) continue;
		const base = { on, key: f.key, header: f.header, type: c.type };
		if (c.type === 'dict') {
			const counts = new Int32Array(c.labels.length);
			for (let r = 0; r < ds.rows; r++) if (c.codes[r] >= 0) counts[c.codes[r]]++;
			const order = [...counts.keys()]
				.filter((k) => counts[k] > 0)
				.sort((a, b) => counts[b] - counts[a] || (c.labels[a] < c.labels[b] ? -1 : 1));
			out.push({
				...base,
				values: order.slice(0, MAX_VALUES).map((k) => ({ label: c.labels[k], rows: counts[k] })),
				more: Math.max(0, order.length - MAX_VALUES)
			});
		} else {
			let lo = Infinity;
			let hi = -Infinity;
			for (let r = 0; r < ds.rows; r++) {
				const v = c.values[r];
				if ((c.type === 'day' && v === MISSING_DAY) || Number.isNaN(v)) continue;
				if (v < lo) lo = v;
				if (v > hi) hi = v;
			}
			const has = lo <= hi;
			const fmt = (v: number) => (c.type === 'day' ? isoFromDay(v) : v);
			out.push({ ...base, min: has ? fmt(lo) : null, max: has ? fmt(hi) : null });
		}
	}
	described.set(ds, out);
	return out;
}

function distinct(codes: Int32Array, rows: ArrayLike<number> | null, n: number): number {
	const seen = new Uint8Array(n);
	let k = 0;
	const count = rows ? rows.length : codes.length;
	for (let i = 0; i < count; i++) {
		const c = codes[rows ? rows[i] : i];
		if (c >= 0 && !seen[c]) {
			seen[c] = 1;
			k++;
		}
	}
	return k;
}

export async function filterOptions(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<FilterOptionsResult> {
	const txId = typeof params.transactionsId === 'string' ? params.transactionsId : null;
	const cuId = typeof params.customersId === 'string' ? params.customersId : null;
	const tx = txId ? await ctx.dataset(txId) : null;
	const cu = cuId ? await ctx.dataset(cuId) : null;
	const columns = [
		...(tx ? describe(tx, 'transactions') : []),
		...(cu ? describe(cu, 'customers') : [])
	];
	const date = tx?.columns.date;
	const range = date?.type === 'day' ? dayRange(date.values) : null;
	const ids = (ds: ColumnarDataset | null) => {
		const c = ds?.columns.customerId;
		return c && c.type === 'dict' ? c : null;
	};
	const txIds = ids(tx);
	const total = {
		rows: tx?.rows ?? 0,
		customers: txIds ? distinct(txIds.codes, null, txIds.labels.length) : 0
	};
	const filters = readEngineFilters(params);
	let kept: FilterOptionsResult['kept'] = null;
	let problem: FilterOptionsResult['problem'] = null;
	if (filters) {
		try {
			const joined = joinedCustomers(cu);
			if (tx) {
				const rows = selectRows(tx, filters, joined);
				kept = {
					rows: rows.length,
					customers: txIds ? distinct(txIds.codes, rows, txIds.labels.length) : 0
				};
			} else if (cu) {
				const rows = selectByCustomer(cu, filters, joined);
				kept = { rows: rows?.length ?? cu.rows, customers: rows?.length ?? cu.rows };
			}
		} catch (e) {
			if (!(e instanceof FilterProblem)) throw e;
			problem = { code: e.code, values: e.values };
		}
	}
	return {
		columns,
		first: range ? isoFromDay(range[0]) : null,
		last: range ? isoFromDay(range[1]) : null,
		total,
		kept,
		problem
	};
}

function dayRange(values: Int32Array): [number, number] | null {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		if (v === MISSING_DAY) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	return lo <= hi ? [lo, hi] : null;
}
