// A restored dataset is held to the rules an import applies to a CSV file (validate/
// DatasetBuilder), so a file or link cannot bring in what no import could have produced:
// numbers are blank (NaN) or finite within ±MAX_AMOUNT, and -0 is 0; the amount of a
// transaction is never blank; days are missing or real dates of the years 100–9999, and a
// transaction's date is from 1900 on; customer ids are present outside surveys; labels are
// non-empty, unique and no longer than a cell may be. The first value that breaks a rule
// refuses the whole file, naming the dataset, column, row and rule.
import { dayFromYMD } from '../../analytics/dates';
import { MISSING_DAY } from '../../analytics/types';
import type { DatasetRecord } from '../db/records';
import { DAY_1900, MAX_AMOUNT, MAX_CELL_CHARS } from '../validate/DatasetBuilder';
import type { StoredColumn } from '../validate/types';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

/** parseDate reads years 100–9999 (and Excel serials up to 9999-12-31). */
export const FIRST_DAY = dayFromYMD(100, 1, 1);
export const LAST_DAY = dayFromYMD(9999, 12, 31);

export type ValueRule =
	| 'number_not_finite'
	| 'number_too_large'
	| 'value_missing'
	| 'day_out_of_range'
	| 'date_before_1900'
	| 'label_empty'
	| 'label_duplicate'
	| 'label_too_long';

export function refuse(record: DatasetRecord, column: string, row: number, rule: ValueRule): never {
	// A label rule names the label's place in the dictionary, the others the row.
	const label = rule.startsWith('label_');
	throw new WorkspaceFileProblem(label ? 'refused_label' : 'refused_value', {
		dataset: record.name,
		column,
		[label ? 'label' : 'row']: row + 1,
		rule,
		detail: `${record.id}.${column}[${row}]: ${rule}`
	});
}

/** Checks and normalises the columns in place (-0 becomes 0); throws on the first break. */
export function normaliseDataset(
	record: DatasetRecord,
	columns: Record<string, StoredColumn>
): void {
	const tx = record.kind === 'transactions';
	for (const f of record.fields) {
		const c = columns[f.key];
		const header = f.header;
		if (c.type === 'number') {
			const required = tx && f.role === 'amount';
			const v = c.values;
			for (let i = 0; i < v.length; i++) {
				const x = v[i];
				if (Number.isNaN(x)) {
					if (required) refuse(record, header, i, 'value_missing');
				} else if (!Number.isFinite(x)) refuse(record, header, i, 'number_not_finite');
				else if (Math.abs(x) > MAX_AMOUNT) refuse(record, header, i, 'number_too_large');
				else if (x === 0) v[i] = 0;
			}
		} else if (c.type === 'day') {
			const required = tx && f.role === 'date';
			const v = c.values;
			for (let i = 0; i < v.length; i++) {
				const d = v[i];
				if (d === MISSING_DAY) {
					if (required) refuse(record, header, i, 'value_missing');
				} else if (d < FIRST_DAY || d > LAST_DAY) refuse(record, header, i, 'day_out_of_range');
				else if (required && d < DAY_1900) refuse(record, header, i, 'date_before_1900');
			}
		} else {
			const seen = new Set<string>();
			c.labels.forEach((label, i) => {
				if (label === '') refuse(record, header, i, 'label_empty');
				if (label.length > MAX_CELL_CHARS) refuse(record, header, i, 'label_too_long');
				if (seen.has(label)) refuse(record, header, i, 'label_duplicate');
				seen.add(label);
			});
			if (f.role === 'customerId' && record.kind !== 'survey') {
				const codes = c.codes;
				for (let i = 0; i < codes.length; i++)
					if (codes[i] < 0) refuse(record, header, i, 'value_missing');
			}
		}
	}
}
