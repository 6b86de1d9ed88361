// Builds columnar tables from plain row objects. Used by tests and small in-memory inputs;
// the import pipeline builds the same shapes chunk by chunk.
import { dayFromISO } from './dates';
import type { CategoryColumn, TransactionTable } from './types';

export interface TransactionRow {
	customerId: string;
	/** ISO date YYYY-MM-DD. */
	date: string;
	amount?: number;
	orderId?: string;
	quantity?: number;
	category?: string;
	cost?: number;
}

function dictionary(values: (string | undefined)[]): CategoryColumn {
	const index = new Map<string, number>();
	const labels: string[] = [];
	const codes = new Int32Array(values.length);
	values.forEach((v, i) => {
		if (v === undefined || v === '') {
			codes[i] = -1;
			return;
		}
		let code = index.get(v);
		if (code === undefined) {
			code = labels.length;
			index.set(v, code);
			labels.push(v);
		}
		codes[i] = code;
	});
	return { codes, labels };
}

export function transactionsFromRows(rows: TransactionRow[]): TransactionTable {
	const ids = dictionary(rows.map((r) => r.customerId));
	const day = Int32Array.from(rows, (r) => {
		const d = dayFromISO(r.date);
		if (Number.isNaN(d)) throw new Error(`bad date ${r.date}`);
		return d;
	});
	const hasAmount = rows.some((r) => r.amount !== undefined);
	const hasOrder = rows.some((r) => r.orderId !== undefined);
	const hasQty = rows.some((r) => r.quantity !== undefined);
	const hasCat = rows.some((r) => r.category !== undefined);
	const hasCost = rows.some((r) => r.cost !== undefined);
	return {
		length: rows.length,
		customer: ids.codes,
		customerIds: ids.labels,
		day,
		amount: hasAmount ? Float64Array.from(rows, (r) => r.amount ?? NaN) : null,
		order: hasOrder ? dictionary(rows.map((r) => r.orderId)) : null,
		quantity: hasQty ? Float64Array.from(rows, (r) => r.quantity ?? NaN) : null,
		category: hasCat ? dictionary(rows.map((r) => r.category)) : null,
		cost: hasCost ? Float64Array.from(rows, (r) => r.cost ?? NaN) : null
	};
}
