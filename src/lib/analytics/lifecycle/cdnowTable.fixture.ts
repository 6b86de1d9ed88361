// Test support only: parses the CDNOW sample text (read by the test with fs) into a table.
import { dayFromYMD } from '../dates';
import type { TransactionTable } from '../types';

/** CDNOW_sample.txt: master id, sample id, yyyymmdd, cds, dollars (whitespace separated). */
export function cdnowTable(text: string): TransactionTable {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	const ids = new Map<string, number>();
	const customerIds: string[] = [];
	const customer = new Int32Array(lines.length);
	const day = new Int32Array(lines.length);
	const amount = new Float64Array(lines.length);
	lines.forEach((line, i) => {
		const [id, , ymd, , dollars] = line.trim().split(/\s+/);
		let c = ids.get(id);
		if (c === undefined) {
			c = customerIds.length;
			ids.set(id, c);
			customerIds.push(id);
		}
		customer[i] = c;
		day[i] = dayFromYMD(+ymd.slice(0, 4), +ymd.slice(4, 6), +ymd.slice(6, 8));
		amount[i] = Number(dollars);
	});
	return { length: lines.length, customer, customerIds, day, amount };
}
