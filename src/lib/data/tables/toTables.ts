// Stored columns → the analytics tables. Cheap: typed arrays are shared, not copied.
import type {
	AttributeColumn,
	CategoryColumn,
	CustomerTable,
	SummaryTable,
	SurveyTable,
	TransactionTable
} from '../../analytics/types';
import { MISSING_DAY } from '../../analytics/types';
import type { Field, StoredColumn } from '../validate/types';
import { emptyRecord } from '../../analytics/emptyRecord';

export interface ColumnarDataset {
	rows: number;
	fields: Field[];
	columns: Record<string, StoredColumn>;
}

function dict(c: StoredColumn | undefined): CategoryColumn | null {
	if (!c || c.type !== 'dict') return null;
	// Labels are read through, not copied: a stored column may decode them only when asked.
	return {
		codes: c.codes,
		get labels() {
			return c.labels;
		}
	};
}
function num(c: StoredColumn | undefined): Float64Array | null {
	return c && c.type === 'number' ? c.values : null;
}

export function toTransactionTable(ds: ColumnarDataset): TransactionTable {
	const id = dict(ds.columns.customerId);
	const day = ds.columns.date;
	if (!id || !day || day.type !== 'day')
		throw new Error('transactions need customerId and date columns');
	return {
		length: ds.rows,
		customer: id.codes,
		customerIds: id.labels,
		day: day.values,
		amount: num(ds.columns.amount),
		order: dict(ds.columns.orderId),
		quantity: num(ds.columns.quantity),
		category: dict(ds.columns.category),
		channel: dict(ds.columns.channel),
		cost: num(ds.columns.cost)
	};
}

export function toCustomerTable(ds: ColumnarDataset): CustomerTable {
	const id = ds.columns.customerId;
	if (!id || id.type !== 'dict') throw new Error('customers need a customerId column');
	const ids = Array.from(id.codes, (c) => (c < 0 ? '' : id.labels[c]));
	const columns: Record<string, AttributeColumn> = emptyRecord();
	for (const f of ds.fields) {
		if (f.role === 'customerId' || f.role === 'ignore') continue;
		const c = ds.columns[f.key];
		if (c.type === 'number') columns[f.key] = { kind: 'number', values: c.values };
		else if (c.type === 'day') columns[f.key] = { kind: 'date', values: c.values };
		else columns[f.key] = { kind: 'category', codes: c.codes, labels: c.labels };
	}
	return { length: ds.rows, ids, columns };
}

export function toSurveyTable(ds: ColumnarDataset): SurveyTable {
	const id = ds.columns.customerId;
	const customerId =
		id && id.type === 'dict' ? Array.from(id.codes, (c) => (c < 0 ? null : id.labels[c])) : null;
	const items: Record<string, Float64Array> = emptyRecord();
	const groups: Record<string, CategoryColumn> = emptyRecord();
	for (const f of ds.fields) {
		const c = ds.columns[f.key];
		if (f.role === 'item' && c.type === 'number') items[f.key] = c.values;
		else if (f.role === 'group' && c.type === 'dict')
			groups[f.key] = { codes: c.codes, labels: c.labels };
	}
	const d = ds.columns.date;
	return {
		length: ds.rows,
		customerId,
		day: d && d.type === 'day' ? d.values : null,
		items,
		groups
	};
}

export function toSummaryTable(
	ds: ColumnarDataset,
	unit: SummaryTable['unit'] = 'week'
): SummaryTable {
	const id = ds.columns.customerId;
	if (!id || id.type !== 'dict') throw new Error('summary needs a customerId column');
	const need = (k: string) => num(ds.columns[k]) ?? new Float64Array(ds.rows).fill(NaN);
	return {
		length: ds.rows,
		ids: Array.from(id.codes, (c) => (c < 0 ? '' : id.labels[c])),
		frequency: need('frequency'),
		recency: need('recency'),
		T: need('T'),
		monetary: need('monetary'),
		unit
	};
}

export { MISSING_DAY };
