// Test helper: a SummaryTable from plain rows (NaN for a blank cell).
import type { SummaryTable } from '../types';

export interface SummaryRow {
	id: string;
	x: number;
	tx: number;
	T: number;
	m: number;
}

export function summaryTable(rows: SummaryRow[], unit: SummaryTable['unit']): SummaryTable {
	return {
		length: rows.length,
		ids: rows.map((r) => r.id),
		frequency: Float64Array.from(rows, (r) => r.x),
		recency: Float64Array.from(rows, (r) => r.tx),
		T: Float64Array.from(rows, (r) => r.T),
		monetary: Float64Array.from(rows, (r) => r.m),
		unit
	};
}
