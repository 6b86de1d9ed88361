// Aligns a customer attribute table with the rows of a CustomerMetrics table by customer id,
// so attribute segments and clustering can read attributes row for row.
import { MISSING_DAY, type AttributeColumn, type CustomerTable } from '../types';
import { emptyRecord } from '../emptyRecord';

export interface JoinedAttributes {
	/** Same row order as the metrics table; customers without a record get missing values. */
	columns: Record<string, AttributeColumn>;
	/** Metrics rows that found an attribute record. */
	matched: number;
}

export function joinAttributes(
	metrics: { length: number; ids: string[] },
	customers: CustomerTable,
	names: string[] = Object.keys(customers.columns)
): JoinedAttributes {
	const rowOf = new Map<string, number>();
	// The first record wins when an id repeats, so the join is deterministic.
	for (let i = customers.length - 1; i >= 0; i--) rowOf.set(customers.ids[i], i);
	const source = new Int32Array(metrics.length);
	let matched = 0;
	for (let j = 0; j < metrics.length; j++) {
		const row = rowOf.get(metrics.ids[j]);
		source[j] = row ?? -1;
		if (row !== undefined) matched++;
	}
	const columns: Record<string, AttributeColumn> = emptyRecord();
	for (const name of names) {
		const col = customers.columns[name];
		if (!col) continue;
		if (col.kind === 'number') {
			const values = new Float64Array(metrics.length);
			for (let j = 0; j < metrics.length; j++)
				values[j] = source[j] >= 0 ? col.values[source[j]] : NaN;
			columns[name] = { kind: 'number', values };
		} else if (col.kind === 'category') {
			const codes = new Int32Array(metrics.length);
			for (let j = 0; j < metrics.length; j++)
				codes[j] = source[j] >= 0 ? col.codes[source[j]] : -1;
			columns[name] = { kind: 'category', codes, labels: col.labels };
		} else {
			const values = new Int32Array(metrics.length);
			for (let j = 0; j < metrics.length; j++)
				values[j] = source[j] >= 0 ? col.values[source[j]] : MISSING_DAY;
			columns[name] = { kind: 'date', values };
		}
	}
	return { columns, matched };
}
