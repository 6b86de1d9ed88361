// Test-only loader for the CDNOW fixtures (tests/fixtures/cdnow, see its README): reads the
// whitespace-aligned text files into a TransactionTable, one row per record, nothing merged.
import { readFileSync } from 'node:fs';
import { dayFromYMD } from '../../src/lib/analytics/dates';
import type { TransactionTable } from '../../src/lib/analytics/types';

const DIR = new URL('../fixtures/cdnow/', import.meta.url);

/**
 * `sample`: CDNOW_sample.txt, customers named by their sample id ("0001".."2357");
 * `master`: CDNOW_master.txt (header skipped), customers named by their 5-digit id.
 * Customer order is the order of first appearance (= id order in both files).
 */
export function loadCdnow(which: 'sample' | 'master'): TransactionTable {
	const file = which === 'sample' ? 'CDNOW_sample.txt' : 'CDNOW_master.txt';
	const lines = readFileSync(new URL(file, DIR), 'utf8').split(/\r?\n/);
	const idCol = which === 'sample' ? 1 : 0;
	const ids: string[] = [];
	const index = new Map<string, number>();
	const customer: number[] = [];
	const day: number[] = [];
	const quantity: number[] = [];
	const amount: number[] = [];
	for (const line of lines) {
		const f = line.trim().split(/\s+/);
		if (f.length < 4 || !/^\d{8}$/.test(f[idCol + 1])) continue; // blank or header line
		const id = f[idCol];
		let c = index.get(id);
		if (c === undefined) {
			c = ids.length;
			index.set(id, c);
			ids.push(id);
		}
		const ymd = f[idCol + 1];
		customer.push(c);
		day.push(dayFromYMD(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8))));
		quantity.push(Number(f[idCol + 2]));
		amount.push(Number(f[idCol + 3]));
	}
	return {
		length: customer.length,
		customer: Int32Array.from(customer),
		customerIds: ids,
		day: Int32Array.from(day),
		amount: Float64Array.from(amount),
		quantity: Float64Array.from(quantity)
	};
}

export interface CdnowPublishedSummary {
	length: number;
	ids: string[];
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
	/** Mean repeat spend (0 for x = 0). */
	zbar: Float64Array;
}

/**
 * cdnow_customers_summary_with_transactions.csv: the published calibration summary rounded to
 * 2 d.p. (ID,x,t_x,T,zbar), which the lifetimes documentation fits. Some published numbers were
 * computed from it rather than from the raw transactions.
 */
export function loadCdnowPublishedSummary(): CdnowPublishedSummary {
	const text = readFileSync(new URL('cdnow_customers_summary_with_transactions.csv', DIR), 'utf8');
	const rows = text
		.split(/\r?\n/)
		.slice(1)
		.filter((l) => l.trim() !== '')
		.map((l) => l.split(','));
	const col = (k: number) => Float64Array.from(rows, (r) => Number(r[k]));
	return {
		length: rows.length,
		ids: rows.map((r) => r[0]),
		x: col(1),
		tx: col(2),
		T: col(3),
		zbar: col(4)
	};
}
