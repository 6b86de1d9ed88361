// Rows of a dataset for the Data page's row view: searched, filtered and sorted in this worker
// over the stored columns (data/tables/queryRows), one page at a time. The matching rows' order
// is cached for the last (dataset, query), so paging a million rows stays instant.
import { dayFromISO, isoFromDay } from '../analytics/dates';
import { MISSING_DAY } from '../analytics/types';
import type { AnalysisContext } from './context';
import type { ColumnarDataset } from '../data/tables/toTables';
import {
	columnChoices,
	queryRows,
	type ColumnChoice,
	type ColumnFilter,
	type RowQuery
} from '../data/tables/queryRows';

let last: { ds: ColumnarDataset; key: string; order: Uint32Array } | null = null;
const choices = new WeakMap<ColumnarDataset, ColumnChoice[]>();

const numberOrNull = (v: unknown): number | null =>
	typeof v === 'number' && Number.isFinite(v) ? v : null;

/** A bound as sent by the page: a number, or an ISO date for a date column. */
function bound(v: unknown): number | null {
	if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dayFromISO(v);
	return numberOrNull(v);
}

/** The query from a message (plain objects from the page): anything malformed is left out. */
export function readRowQuery(params: Record<string, unknown>): RowQuery {
	const sortKey = typeof params.sortKey === 'string' ? params.sortKey : null;
	const filters: ColumnFilter[] = [];
	for (const f of Array.isArray(params.columnFilters) ? params.columnFilters : []) {
		if (!f || typeof f !== 'object' || typeof f.key !== 'string') continue;
		if (f.kind === 'values' && Array.isArray(f.values))
			filters.push({ key: f.key, kind: 'values', values: f.values.map(String) });
		else if (f.kind === 'range')
			filters.push({ key: f.key, kind: 'range', min: bound(f.min), max: bound(f.max) });
	}
	return {
		sort: sortKey ? { key: sortKey, desc: !!params.desc } : null,
		search: typeof params.search === 'string' ? params.search : '',
		filters,
		// Pinyin only when asked (a Chinese interface); anything else is the code-unit order.
		...(params.collation === 'pinyin' ? { collation: 'pinyin' as const } : {})
	};
}

export async function datasetRows(ctx: AnalysisContext, params: Record<string, unknown>) {
	const id = String(params.id);
	const ds = await ctx.dataset(id);
	const offset = Math.max(0, Number(params.offset ?? 0) || 0);
	const limit = Math.min(500, Math.max(1, Number(params.limit ?? 50) || 50));
	const query = readRowQuery(params);
	const key = JSON.stringify(query);
	if (last?.ds !== ds || last.key !== key) last = { ds, key, order: queryRows(ds, query) };
	const order = last.order;
	const rows: (string | number | null)[][] = [];
	for (let r = offset; r < Math.min(order.length, offset + limit); r++) {
		const i = order[r];
		rows.push(
			ds.fields.map((f) => {
				const c = ds.columns[f.key];
				if (c.type === 'dict') return c.codes[i] < 0 ? null : c.labels[c.codes[i]];
				if (c.type === 'day') return c.values[i] === MISSING_DAY ? null : isoFromDay(c.values[i]);
				return Number.isNaN(c.values[i]) ? null : c.values[i];
			})
		);
	}
	let offered = choices.get(ds);
	if (!offered) choices.set(ds, (offered = columnChoices(ds)));
	return {
		/** Rows matching the query. */
		total: order.length,
		/** Rows in the dataset. */
		all: ds.rows,
		fields: ds.fields.map((f) => ({ key: f.key, header: f.header, role: f.role, type: f.type })),
		/** Dates' bounds as ISO text, as a date input takes them. */
		choices: offered.map((c) =>
			c.kind === 'range' && ds.columns[c.key]?.type === 'day'
				? {
						...c,
						min: c.min === null ? null : isoFromDay(c.min),
						max: c.max === null ? null : isoFromDay(c.max)
					}
				: c
		),
		rows
	};
}
