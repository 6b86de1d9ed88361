// What DuckDB is told to skip before a file's first data row: the blank lines before the header
// and the header itself (as importText skips them). DuckDB reads lines with new_line = '\n',
// which makes every CR and every LF a line break (a CRLF gives an extra empty line, dropped as
// blank) — the one setting under which a lone CR does not cost the next line its first
// character — and `skip` counts those breaks.
import type { Mapping } from '../../lib/data/map/types';

export function linesBeforeData(head: string, mapping: Mapping): number {
	if (!mapping.hasHeader) return 0;
	const text = head.replace(/^\ufeff/, '');
	let breaks = 0;
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		const c = text[i];
		if (i < text.length && c !== '\r' && c !== '\n') continue;
		const line = text.slice(start, i);
		// A blank record: one field of white space (a delimiter makes it a row of empty cells).
		if (!(line.trim() === '' && !line.includes(mapping.delimiter))) return breaks + 1;
		breaks++;
		if (c === '\r' && text[i + 1] === '\n') {
			breaks++;
			i++;
		}
		start = i + 1;
	}
	return breaks;
}
