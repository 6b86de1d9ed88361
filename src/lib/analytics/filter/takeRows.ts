// The columns of a table at the selected rows, as new typed arrays. Dictionary columns are
// re-coded in order of first appearance among the kept rows, exactly as importing the filtered
// file would code them, so analyses that size arrays by the number of labels (customers,
// categories) count only what is left.
import type { FilterColumn } from './filterSpec';

export function takeColumn(col: FilterColumn, rows: Uint32Array): FilterColumn {
	const n = rows.length;
	if (col.type === 'dict') {
		const next = new Int32Array(col.labels.length).fill(-1);
		const codes = new Int32Array(n);
		const labels: string[] = [];
		const all = col.labels;
		for (let i = 0; i < n; i++) {
			const c = col.codes[rows[i]];
			if (c < 0) {
				codes[i] = -1;
				continue;
			}
			if (next[c] < 0) {
				next[c] = labels.length;
				labels.push(all[c]);
			}
			codes[i] = next[c];
		}
		return { type: 'dict', codes, labels };
	}
	if (col.type === 'day') {
		const values = new Int32Array(n);
		for (let i = 0; i < n; i++) values[i] = col.values[rows[i]];
		return { type: 'day', values };
	}
	const values = new Float64Array(n);
	for (let i = 0; i < n; i++) values[i] = col.values[rows[i]];
	return { type: 'number', values };
}

export function takeRows<C extends Record<string, FilterColumn>>(
	columns: C,
	rows: Uint32Array
): Record<string, FilterColumn> {
	const out: Record<string, FilterColumn> = Object.create(null);
	for (const key of Object.keys(columns)) out[key] = takeColumn(columns[key], rows);
	return out;
}
