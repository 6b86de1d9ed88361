// A minimal CSV → SurveyTable for tests and the fixtures (plain commas, no quoting). The app's
// import pipeline parses real files with PapaParse; this only has to read our own fixtures.
import { normalizeAnswer } from './normalizeAnswer';
import type { CategoryColumn, SurveyTable } from '../types';
import { emptyRecord } from '../emptyRecord';

export function surveyFromCsvText(text: string, idColumn?: string): SurveyTable {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	const header = lines[0].split(',').map((h) => h.trim());
	const rows = lines.slice(1).map((l) => l.split(','));
	const items: Record<string, Float64Array> = emptyRecord();
	const groups: Record<string, CategoryColumn> = emptyRecord();
	let customerId: string[] | null = null;
	header.forEach((name, j) => {
		const cells = rows.map((r) => (r[j] ?? '').trim());
		if (name === idColumn) {
			customerId = cells;
			return;
		}
		const values = Float64Array.from(cells, (c) => normalizeAnswer(c));
		const numeric = cells.every((c, i) => c === '' || !Number.isNaN(values[i]));
		if (numeric) {
			items[name] = values;
			return;
		}
		const labels: string[] = [];
		const codes = Int32Array.from(cells, (c) => {
			if (c === '') return -1;
			let k = labels.indexOf(c);
			if (k < 0) k = labels.push(c) - 1;
			return k;
		});
		groups[name] = { codes, labels };
	});
	return { length: rows.length, customerId, items, groups };
}
