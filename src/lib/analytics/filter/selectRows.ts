// The rows of a transactions table a filter keeps, as ascending row indices (no row objects):
// inside the inclusive date window, passing every condition on a transaction column, and
// belonging to a customer whose joined attributes pass every customer condition. Shared by the
// engine worker (every analysis page) and the CLI (--from/--to/--where), so both agree.
import { dayFromISO } from '../dates';
import { MISSING_DAY } from '../types';
import { applyCondition } from './conditionTest';
import { FilterProblem, type FilterColumn, type FilterSpec } from './filterSpec';

/** A columnar table by column key; `date` and `customerId` are the roles' keys. */
export interface FilterTable {
	rows: number;
	columns: Record<string, FilterColumn>;
}

/** A customers table joined by id (ids are strings, looked up through a Map). */
export interface JoinedCustomers {
	index: Map<string, number>;
	columns: Record<string, FilterColumn>;
}

function windowDay(iso: string | null, which: 'from' | 'to'): number | null {
	if (iso === null) return null;
	const d = dayFromISO(iso);
	if (!Number.isFinite(d)) throw new FilterProblem('filter.bad_date', { value: iso, which });
	return d;
}

function column(
	columns: Record<string, FilterColumn>,
	key: string,
	on: 'transactions' | 'customers'
): FilterColumn {
	const c = Object.hasOwn(columns, key) ? columns[key] : undefined;
	if (!c) throw new FilterProblem('filter.unknown_column', { column: key, on });
	return c;
}

/** Which customers (rows of `customers`) pass the customer conditions: 1 = kept. */
export function customerMask(
	customers: JoinedCustomers,
	spec: FilterSpec,
	rows: number
): Uint8Array {
	const keep = new Uint8Array(rows).fill(1);
	for (const c of spec.where)
		if (c.on === 'customers')
			applyCondition(column(customers.columns, c.column, 'customers'), c, keep);
	return keep;
}

/** Per customer code of `id`: 1 when the joined customer passes every customer condition. */
export function customerCodeMask(
	id: FilterColumn | undefined,
	customers: JoinedCustomers | null,
	spec: FilterSpec
): Uint8Array {
	if (!customers) throw new FilterProblem('filter.no_customers');
	if (!id || id.type !== 'dict') throw new FilterProblem('filter.no_customer_ids');
	let rowCount = 0;
	for (const r of customers.index.values()) rowCount = Math.max(rowCount, r + 1);
	const keep = customerMask(customers, spec, rowCount);
	const ok = new Uint8Array(id.labels.length);
	id.labels.forEach((label, k) => {
		const r = customers.index.get(label);
		ok[k] = r !== undefined && keep[r] === 1 ? 1 : 0;
	});
	return ok;
}

/**
 * Rows of any table with a customer id (survey answers, customer summaries, the customers
 * table itself) whose customer passes the customer conditions; dates and transaction columns
 * do not apply to them. Null when the spec has no customer condition (keep every row).
 */
export function selectByCustomer(
	table: FilterTable,
	spec: FilterSpec,
	customers: JoinedCustomers | null
): Uint32Array | null {
	if (!spec.where.some((c) => c.on === 'customers')) return null;
	const id = table.columns.customerId;
	const ok = customerCodeMask(id, customers, spec);
	const codes = (id as { codes: Int32Array }).codes;
	const out = new Uint32Array(table.rows);
	let n = 0;
	for (let r = 0; r < table.rows; r++) if (codes[r] >= 0 && ok[codes[r]] === 1) out[n++] = r;
	if (n === 0) throw new FilterProblem('filter.empty', { rows: table.rows });
	return out.slice(0, n);
}

export function selectRows(
	table: FilterTable,
	spec: FilterSpec,
	customers: JoinedCustomers | null = null
): Uint32Array {
	const from = windowDay(spec.from, 'from');
	const to = windowDay(spec.to, 'to');
	if (from !== null && to !== null && from > to)
		throw new FilterProblem('filter.reversed', { from: spec.from, to: spec.to });
	// Check every column named before reading a row, so a bad filter fails fast and clearly.
	const txConditions = spec.where.filter((c) => c.on === 'transactions');
	const txColumns = txConditions.map((c) => column(table.columns, c.column, 'transactions'));
	const onCustomers = spec.where.some((c) => c.on === 'customers');
	const date = table.columns.date;
	const id = table.columns.customerId;
	if ((from !== null || to !== null) && (!date || date.type !== 'day'))
		throw new FilterProblem('filter.no_dates');
	// Customer conditions become one pass/fail per customer code of the transactions.
	const custOk = onCustomers ? customerCodeMask(id, customers, spec) : null;
	// One mask, narrowed by one tight loop per part: the window, each transaction condition,
	// then the customers' pass/fail by code.
	const keep = new Uint8Array(table.rows).fill(1);
	if (date && date.type === 'day' && (from !== null || to !== null)) {
		const days = date.values;
		const lo = from ?? -Infinity;
		const hi = to ?? Infinity;
		for (let r = 0; r < keep.length; r++) {
			const d = days[r];
			if (d === MISSING_DAY || d < lo || d > hi) keep[r] = 0;
		}
	}
	txConditions.forEach((c, i) => applyCondition(txColumns[i], c, keep));
	if (custOk && id && id.type === 'dict') {
		const codes = id.codes;
		for (let r = 0; r < keep.length; r++) {
			if (keep[r] === 0) continue;
			const k = codes[r];
			if (k < 0 || custOk[k] === 0) keep[r] = 0;
		}
	}
	let n = 0;
	for (let r = 0; r < keep.length; r++) n += keep[r];
	const out = new Uint32Array(n);
	for (let r = 0, i = 0; r < keep.length; r++) if (keep[r] !== 0) out[i++] = r;
	if (n === 0) throw new FilterProblem('filter.empty', { rows: table.rows });
	return out;
}
