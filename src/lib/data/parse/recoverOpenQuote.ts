// How every CSV reader (the text path, importText, and the streaming RecordSplitter) recovers
// from a quote that never closes: the parser reads the rest of the text into that one field, so
// the row keeps only the field's first line (and is rejected), and the text after that line is
// read again as records. Each recovery re-reads the remainder, so their number is bounded.

/** After this many recoveries an open quote takes the rest of the file (one rejected row). */
export const MAX_QUOTE_RECOVERIES = 20;

/**
 * Cuts the open-quoted last field of `row` to its first line, in place, and returns the text
 * after that line to be read again; null (the row untouched) when the field has no line break
 * with text after it — then there is nothing to recover.
 */
export function recoverOpenQuote(row: string[]): string | null {
	const last = row.length - 1;
	if (last < 0) return null;
	const field = row[last];
	const m = /\r\n?|\n/.exec(field);
	if (!m || m.index + m[0].length >= field.length) return null;
	row[last] = field.slice(0, m.index);
	return field.slice(m.index + m[0].length);
}
