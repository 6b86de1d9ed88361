// A CSV parser for single-character delimiters that gives PapaParse's rows (RFC 4180 quoting,
// and PapaParse's own reading of malformed quotes) without its per-chunk row arrays: fields go
// into one reused array per record, so a caller can keep only the cells it needs. It reads the
// whole text in one pass with native indexOf, so it is linear even when a quote never closes
// (PapaParse re-reads a partial line per chunk).

export type NewlineKind = '\n' | '\r\n' | '\r';

export interface FastParseOptions {
	/** One character: ',', ';', '\t', '|'. */
	delimiter: string;
	/** Record separator; default: the text's first line break. */
	newline?: NewlineKind;
	/** Stop after this many records. */
	maxRecords?: number;
}

export interface RecordSink {
	/**
	 * One record: `fields[0..count)` (the array is reused for the next record — copy what you
	 * keep). `record` is 1-based; `end` is the text offset after its line break. Return false
	 * to stop.
	 */
	record(fields: string[], count: number, record: number, end: number): void | false;
	/**
	 * A quote that never closes (the rest of the text becomes the record's last field), or a
	 * quote inside a quoted field that does not close it (kept as text).
	 */
	problem?(record: number, code: 'unclosed_quote' | 'malformed_quotes'): void;
}

const QUOTE = 34;

/** The first line break in the text (CRLF, LF or CR); LF when there is none. */
export function firstNewline(text: string): NewlineKind {
	const n = text.indexOf('\n');
	const r = text.indexOf('\r');
	if (r === -1 || (n !== -1 && n < r)) return '\n';
	return n === r + 1 ? '\r\n' : '\r';
}

/** What String.prototype.trim removes: WhiteSpace and LineTerminator code points. */
function isTrimmed(c: number): boolean {
	return c <= 32
		? c === 32 || (c >= 9 && c <= 13)
		: c === 0xa0 ||
				c === 0x1680 ||
				(c >= 0x2000 && c <= 0x200a) ||
				c === 0x2028 ||
				c === 0x2029 ||
				c === 0x202f ||
				c === 0x205f ||
				c === 0x3000 ||
				c === 0xfeff;
}

/**
 * PapaParse's rule: the gap between a closing quote and the next delimiter or line break is
 * dropped when trim() would empty it. Scanned up to the first other character, so a long
 * malformed line with many quotes stays linear.
 */
function spacesAfter(text: string, quote: number, upTo: number): number {
	for (let i = quote + 1; i < upTo; i++) if (!isTrimmed(text.charCodeAt(i))) return 0;
	return upTo > quote + 1 ? upTo - quote - 1 : 0;
}

export function fastParse(text: string, options: FastParseOptions, sink: RecordSink): void {
	const len = text.length;
	if (len === 0) return;
	const delim = options.delimiter;
	if (delim.length !== 1) throw new Error('fastParse needs a one-character delimiter');
	const d = delim.charCodeAt(0);
	const nl = options.newline ?? firstNewline(text);
	const nlLen = nl.length;
	const max = options.maxRecords ?? Infinity;
	const fields: string[] = [];
	let count = 0;
	let record = 1;
	let cursor = 0;
	let nextDelim = text.indexOf(delim);
	let nextNewline = text.indexOf(nl);

	for (;;) {
		if (text.charCodeAt(cursor) === QUOTE) {
			const start = cursor + 1;
			let q = cursor;
			let escaped = false;
			for (;;) {
				q = text.indexOf('"', q + 1);
				if (q === -1) {
					// Unterminated: the rest of the text, as written, is the last field.
					sink.problem?.(record, 'unclosed_quote');
					fields[count++] = text.slice(start);
					sink.record(fields, count, record, len);
					return;
				}
				if (q === len - 1) {
					const v = text.slice(start, q);
					fields[count++] = escaped ? v.replace(/""/g, '"') : v;
					sink.record(fields, count, record, len);
					return;
				}
				if (text.charCodeAt(q + 1) === QUOTE) {
					escaped = true;
					q++;
					continue;
				}
				if (nextDelim !== -1 && nextDelim < q + 1) nextDelim = text.indexOf(delim, q + 1);
				if (nextNewline !== -1 && nextNewline < q + 1) nextNewline = text.indexOf(nl, q + 1);
				// PapaParse takes min(delimiter, newline) — which is -1 when only the newline is left.
				const upTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
				const s1 = upTo === -1 ? 0 : spacesAfter(text, q, upTo);
				if (text.charCodeAt(q + 1 + s1) === d) {
					const v = text.slice(start, q);
					fields[count++] = escaped ? v.replace(/""/g, '"') : v;
					cursor = q + 2 + s1;
					if (nextDelim !== -1 && nextDelim < cursor) nextDelim = text.indexOf(delim, cursor);
					if (nextNewline !== -1 && nextNewline < cursor) nextNewline = text.indexOf(nl, cursor);
					break;
				}
				const s2 = nextNewline === -1 ? 0 : spacesAfter(text, q, nextNewline);
				if (text.startsWith(nl, q + 1 + s2)) {
					const v = text.slice(start, q);
					fields[count++] = escaped ? v.replace(/""/g, '"') : v;
					cursor = q + 1 + s2 + nlLen;
					if (sink.record(fields, count, record, cursor) === false || record >= max) return;
					record++;
					count = 0;
					nextNewline = text.indexOf(nl, cursor);
					if (nextDelim !== -1 && nextDelim < cursor) nextDelim = text.indexOf(delim, cursor);
					break;
				}
				// A quote inside a quoted field that does not close it: kept as text.
				sink.problem?.(record, 'malformed_quotes');
				q++;
			}
			continue;
		}
		if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
			fields[count++] = text.slice(cursor, nextDelim);
			cursor = nextDelim + 1;
			nextDelim = text.indexOf(delim, cursor);
			continue;
		}
		if (nextNewline !== -1) {
			fields[count++] = text.slice(cursor, nextNewline);
			cursor = nextNewline + nlLen;
			if (sink.record(fields, count, record, cursor) === false || record >= max) return;
			record++;
			count = 0;
			nextNewline = text.indexOf(nl, cursor);
			continue;
		}
		// The last record, without a line break (after a final line break: one empty field).
		fields[count++] = text.slice(cursor);
		sink.record(fields, count, record, len);
		return;
	}
}
