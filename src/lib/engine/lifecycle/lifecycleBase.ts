// What every lifecycle analysis in the engine worker shares: settings from plain params, the
// customer-days of a transactions table (cached per table and analysis date), the inactivity
// threshold with its explanation, the customers dataset aligned on the transaction customers,
// and engine LifecycleErrors turned into user-facing problems (lifecycle.issue.<code>).
import {
	customerDays,
	givenThreshold,
	inactivityThreshold,
	lastDayAsOf,
	LifecycleError,
	type CustomerDays,
	type InactivityThreshold
} from '../../analytics/lifecycle';
import type { CustomerTable, TransactionTable } from '../../analytics/types';
import { MISSING_DAY } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import type { AttributeChoice, LifecycleBaseParams, ThresholdInfo } from './lifecycleResult';

/** Results kept per table: enough to flip between a few settings without recomputing. */
const KEEP = 16;
const memos = new WeakMap<object, Map<string, unknown>>();

/** Cached per owner object (a table) and key; a re-imported dataset is a new table object. */
export function memo<T>(owner: object, key: string, make: () => T): T {
	let m = memos.get(owner);
	if (!m) memos.set(owner, (m = new Map()));
	if (m.has(key)) return m.get(key) as T;
	const value = make();
	m.set(key, value);
	if (m.size > KEEP) m.delete(m.keys().next().value as string);
	return value;
}

function intOrNull(v: unknown): number | null {
	if (v === null || v === undefined || v === '') return null;
	const n = typeof v === 'number' ? v : Number(v);
	return Number.isFinite(n) ? Math.round(n) : null;
}

export function baseParams(params: Record<string, unknown>): LifecycleBaseParams {
	const customersId = params.customersId ? String(params.customersId) : null;
	return {
		id: String(params.id ?? ''),
		customersId,
		asOf: intOrNull(params.asOf),
		inactiveDays: intOrNull(params.inactiveDays)
	};
}

/** Runs engine code, turning a LifecycleError into an AnalysisProblem the view can translate. */
export function lifecycleRun<T>(make: () => T): T {
	try {
		return make();
	} catch (e) {
		if (e instanceof LifecycleError)
			throw new AnalysisProblem(`lifecycle.issue.${e.issue.code}`, e.issue.params ?? {});
		throw e;
	}
}

export interface LifecycleData {
	tx: TransactionTable;
	cd: CustomerDays;
	asOf: number;
}

export async function lifecycleData(
	ctx: AnalysisContext,
	p: LifecycleBaseParams
): Promise<LifecycleData> {
	const tx = await ctx.transactions(p.id);
	return lifecycleRun(() => {
		const asOf = p.asOf ?? lastDayAsOf(tx);
		const cd = memo(tx, `cd|${asOf}`, () => customerDays(tx, asOf));
		return { tx, cd, asOf };
	});
}

/** The threshold in use (given, else derived) and the derived one for the explanation. */
export function thresholdInfo(d: LifecycleData, inactiveDays: number | null): ThresholdInfo {
	const derived = memo(d.tx, `th|${d.asOf}`, (): InactivityThreshold | null => {
		try {
			return inactivityThreshold(d.cd);
		} catch (e) {
			if (e instanceof LifecycleError && e.issue.code === 'no_repeat_purchases') return null;
			throw e;
		}
	});
	if (inactiveDays !== null)
		return { used: lifecycleRun(() => givenThreshold(inactiveDays)), derived };
	if (!derived) throw new AnalysisProblem('lifecycle.issue.no_repeat_purchases');
	return { used: derived, derived };
}

/** The customers dataset's lifecycle columns, aligned on the transaction table's customers. */
export interface AlignedCustomers {
	/** Signup day per transaction customer (MISSING_DAY = none); null without a signup column. */
	signup: Int32Array | null;
	/** Signup days of customers who never bought (they count in cohort sizes only). */
	nonBuyerSignup: Int32Array;
	/** Churn flag per transaction customer (1 = churned); null without a flag or date column. */
	churned: Uint8Array | null;
	churnDays: Int32Array | null;
	/** 1 where the customers dataset states the customer's churn status (flag or date column). */
	churnKnown: Uint8Array | null;
	/** Category attributes usable as survival groups. */
	attributes: (AttributeChoice & { codes: Int32Array; names: string[] })[];
}

const aligned = new WeakMap<CustomerTable, WeakMap<TransactionTable, AlignedCustomers>>();
/** Attributes with more labels than this are not offered as groups: the chart would be unreadable. */
const MAX_GROUPS = 10;
const TRUE_FLAGS = new Set([
	'1',
	'y',
	'yes',
	'true',
	't',
	'x',
	'churned',
	'churn',
	'lost',
	'left',
	'inactive',
	'是',
	'流失',
	'已流失',
	'真'
]);

export async function alignedCustomers(
	ctx: AnalysisContext,
	tx: TransactionTable,
	customersId: string | null
): Promise<AlignedCustomers | null> {
	if (!customersId) return null;
	let table: CustomerTable;
	let fields: { key: string; header: string; role: string }[];
	try {
		table = await ctx.customers(customersId);
		fields = (await ctx.dataset(customersId)).fields;
	} catch {
		// A customers dataset that is gone or unreadable: analyse the transactions alone.
		return null;
	}
	let byTx = aligned.get(table);
	if (!byTx) aligned.set(table, (byTx = new WeakMap()));
	const hit = byTx.get(tx);
	if (hit) return hit;
	const result = align(table, fields, tx);
	byTx.set(tx, result);
	return result;
}

function align(
	table: CustomerTable,
	fields: { key: string; header: string; role: string }[],
	tx: TransactionTable
): AlignedCustomers {
	const index = new Map<string, number>();
	tx.customerIds.forEach((id, c) => index.set(id, c));
	const nc = tx.customerIds.length;
	const rowOf = new Int32Array(table.length);
	for (let r = 0; r < table.length; r++) rowOf[r] = index.get(table.ids[r]) ?? -1;
	const col = (role: string) => {
		const f = fields.find((x) => x.role === role);
		return f ? table.columns[f.key] : undefined;
	};

	const signupCol = col('signupDate');
	let signup: Int32Array | null = null;
	const nonBuyers: number[] = [];
	if (signupCol?.kind === 'date') {
		signup = new Int32Array(nc).fill(MISSING_DAY);
		for (let r = 0; r < table.length; r++) {
			const d = signupCol.values[r];
			if (rowOf[r] >= 0) signup[rowOf[r]] = d;
			else if (d !== MISSING_DAY && table.ids[r] !== '') nonBuyers.push(d);
		}
	}

	const flagCol = col('churnFlag');
	const dateCol = col('churnDate');
	let churned: Uint8Array | null = null;
	let churnDays: Int32Array | null = null;
	let churnKnown: Uint8Array | null = null;
	if (flagCol?.kind === 'category' || dateCol?.kind === 'date') {
		churned = new Uint8Array(nc);
		churnKnown = new Uint8Array(nc);
		if (dateCol?.kind === 'date') churnDays = new Int32Array(nc).fill(MISSING_DAY);
		const truthy =
			flagCol?.kind === 'category'
				? flagCol.labels.map((l) => TRUE_FLAGS.has(l.trim().toLowerCase()))
				: null;
		for (let r = 0; r < table.length; r++) {
			const c = rowOf[r];
			if (c < 0) continue;
			const day = dateCol?.kind === 'date' ? dateCol.values[r] : MISSING_DAY;
			if (churnDays) churnDays[c] = day;
			// With a flag column the flag decides; a date alone means the customer left then.
			if (truthy && flagCol?.kind === 'category') {
				const code = flagCol.codes[r];
				churned[c] = code >= 0 && truthy[code] ? 1 : 0;
				churnKnown[c] = code >= 0 ? 1 : 0;
			} else {
				churned[c] = day !== MISSING_DAY ? 1 : 0;
				churnKnown[c] = 1;
			}
		}
	}

	const attributes: AlignedCustomers['attributes'] = [];
	for (const f of fields) {
		if (f.role !== 'attribute') continue;
		const c = table.columns[f.key];
		if (c?.kind !== 'category' || c.labels.length < 2 || c.labels.length > MAX_GROUPS) continue;
		const codes = new Int32Array(nc).fill(-1);
		for (let r = 0; r < table.length; r++) if (rowOf[r] >= 0) codes[rowOf[r]] = c.codes[r];
		attributes.push({
			key: f.key,
			header: f.header,
			labels: c.labels.length,
			codes,
			names: c.labels
		});
	}
	return {
		signup,
		nonBuyerSignup: Int32Array.from(nonBuyers),
		churned,
		churnDays,
		churnKnown,
		attributes
	};
}
