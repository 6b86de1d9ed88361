// The full import of one file under a confirmed mapping: decode, parse in chunks, validate
// into typed columns. Pure computation — the caller (worker or CLI) commits or prints.
import { REQUIRED_ROLES, type Mapping } from '../map/types';
import { parseText } from '../parse/parseText';
import { decodeBytes } from '../sniff/detectEncoding';
import { DatasetBuilder } from '../validate/DatasetBuilder';
import type { ParsedDataset } from '../validate/types';
import { FileProblemError } from './problems';

export interface ImportProgress {
	rows: number;
	/** 0–1 of the text parsed. */
	fraction: number;
}

export function checkMapping(mapping: Mapping): void {
	const roles = new Set(mapping.columns.map((c) => c.role));
	const missing = REQUIRED_ROLES[mapping.kind].filter((r) => !roles.has(r));
	if (missing.length) throw new FileProblemError({ code: 'missing_roles', roles: missing });
}

export function importBytes(
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	onProgress?: (p: ImportProgress) => void
): ParsedDataset {
	checkMapping(mapping);
	const { text, nulCount, replaced } = decodeBytes(bytes, mapping.encoding);
	return importText(text, mapping, today, onProgress, nulCount, replaced);
}

export function importText(
	text: string,
	mapping: Mapping,
	today: number,
	onProgress?: (p: ImportProgress) => void,
	nulCount = 0,
	replaced = 0
): ParsedDataset {
	checkMapping(mapping);
	const builder = new DatasetBuilder(mapping, today);
	builder.noteDecoding(nulCount, replaced);
	let headerSkipped = !mapping.hasHeader;
	parseText(text, {
		delimiter: mapping.delimiter,
		onChunk: ({ rows, firstRecord, cursor, problems }) => {
			for (const p of problems) builder.markBadRecord(p.record);
			let first = firstRecord;
			if (!headerSkipped) {
				// Skip blank lines before the header, then the header itself.
				let k = 0;
				while (k < rows.length && rows[k].length === 1 && rows[k][0].trim() === '') k++;
				if (k < rows.length) {
					headerSkipped = true;
					rows = rows.slice(k + 1);
					first += k + 1;
				} else return;
			}
			builder.addRows(rows, first);
			onProgress?.({
				rows: first + rows.length - 1,
				fraction: text.length ? cursor / text.length : 1
			});
		}
	});
	const ds = builder.finish();
	// The line break that ends the last line is not a blank line.
	if (mapping.delimiter !== 'whitespace' && /[\r\n]$/.test(text) && ds.report.emptyRows > 0)
		ds.report.emptyRows--;
	return ds;
}
