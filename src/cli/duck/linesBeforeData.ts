// How many physical lines come before a file's first data row: blank lines, then the header
// (as importText skips them). DuckDB's read_csv is told to skip that many.
import type { Mapping } from '../../lib/data/map/types';

export function linesBeforeData(head: string, mapping: Mapping): number {
	if (!mapping.hasHeader) return 0;
	const lines = head.replace(/^\ufeff/, '').split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].replace(/\r$/, '');
		// A blank record: one field of white space (a delimiter makes it a row of empty cells).
		if (!(line.trim() === '' && !line.includes(mapping.delimiter))) return i + 1;
	}
	return lines.length;
}
