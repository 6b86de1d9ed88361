// A tiny transaction table built from (customer, category, amount) rows, for the tests here.
import type { TransactionTable } from '../types';

export function testTable(rows: [string, string, number][]): TransactionTable {
	const ids: string[] = [];
	const labels: string[] = [];
	const idOf = (list: string[], x: string) => {
		const i = list.indexOf(x);
		return i >= 0 ? i : list.push(x) - 1;
	};
	const customer = Int32Array.from(rows.map(([c]) => idOf(ids, c)));
	const codes = Int32Array.from(rows.map(([, k]) => (k === '' ? -1 : idOf(labels, k))));
	return {
		length: rows.length,
		customer,
		customerIds: ids,
		day: new Int32Array(rows.length),
		amount: Float64Array.from(rows.map(([, , a]) => a)),
		category: { codes, labels }
	};
}
