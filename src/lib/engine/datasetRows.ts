// Rows of a dataset for the table view: sorted by one column, one page at a time. The sort
// order is cached per (dataset, column, direction) so paging a million rows stays instant.
import { isoFromDay } from '../analytics/dates';
import { MISSING_DAY } from '../analytics/types';
import type { AnalysisContext } from './context';
import type { StoredColumn } from '../data/validate/types';

const orders = new Map<string, Uint32Array>();

function sortOrder(
	id: string,
	key: string | null,
	desc: boolean,
	col: StoredColumn | null,
	rows: number
): Uint32Array | null {
	if (!key || !col) return null;
	const cacheKey = `${id}|${key}|${desc}`;
	const hit = orders.get(cacheKey);
	if (hit) return hit;
	const idx = new Uint32Array(rows);
	for (let i = 0; i < rows; i++) idx[i] = i;
	let cmp: (a: number, b: number) => number;
	if (col.type === 'dict') {
		// Sort labels once, then compare ranks: far cheaper than comparing strings per pair.
		const rank = new Int32Array(col.labels.length);
		col.labels
			.map((l, i) => [l, i] as const)
			.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
			.forEach(([, i], r) => (rank[i] = r));
		cmp = (a, b) =>
			(col.codes[a] < 0 ? -1 : rank[col.codes[a]]) - (col.codes[b] < 0 ? -1 : rank[col.codes[b]]);
	} else {
		const v = col.values;
		cmp = (a, b) => {
			const x = v[a];
			const y = v[b];
			return Number.isNaN(x) ? -1 : Number.isNaN(y) ? 1 : x - y;
		};
	}
	idx.sort(desc ? (a, b) => cmp(b, a) || a - b : (a, b) => cmp(a, b) || a - b);
	orders.clear();
	orders.set(cacheKey, idx);
	return idx;
}

export async function datasetRows(ctx: AnalysisContext, params: Record<string, unknown>) {
	const id = String(params.id);
	const ds = await ctx.dataset(id);
	const offset = Math.max(0, Number(params.offset ?? 0));
	const limit = Math.min(500, Math.max(1, Number(params.limit ?? 50)));
	const sortKey = (params.sortKey as string | null) ?? null;
	const order = sortOrder(
		id,
		sortKey,
		!!params.desc,
		sortKey ? (ds.columns[sortKey] ?? null) : null,
		ds.rows
	);
	const rows: (string | number | null)[][] = [];
	for (let r = offset; r < Math.min(ds.rows, offset + limit); r++) {
		const i = order ? order[r] : r;
		rows.push(
			ds.fields.map((f) => {
				const c = ds.columns[f.key];
				if (c.type === 'dict') return c.codes[i] < 0 ? null : c.labels[c.codes[i]];
				if (c.type === 'day') return c.values[i] === MISSING_DAY ? null : isoFromDay(c.values[i]);
				return Number.isNaN(c.values[i]) ? null : c.values[i];
			})
		);
	}
	return {
		total: ds.rows,
		fields: ds.fields.map((f) => ({ key: f.key, header: f.header, role: f.role, type: f.type })),
		rows
	};
}
