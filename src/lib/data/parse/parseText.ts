// The one place that turns decoded text into rows of fields. fastParse does RFC 4180 quoting
// (embedded delimiters, quotes and line breaks) exactly as PapaParse did; whitespace-aligned
// files have no quoting and are split here. Rows are handed out in chunks for progress.
import { fastParse } from './fastParse';
import type { Delimiter } from '../sniff/detectDelimiter';

export interface ParseChunk {
	rows: string[][];
	/** 1-based record number of rows[0] in the file (the header, if any, is record 1). */
	firstRecord: number;
	/** Characters consumed so far, for progress. */
	cursor: number;
	/** Quoting problems in this chunk's records. */
	problems: ParseProblem[];
}

export interface ParseProblem {
	record: number;
	code: 'unclosed_quote' | 'malformed_quotes';
}

export interface ParseOptions {
	delimiter: Delimiter;
	/** Rows per chunk (default 4096): smaller chunks report progress more often. */
	chunkRows?: number;
	/** Stop after this many records (previews). */
	maxRecords?: number;
	onChunk: (chunk: ParseChunk) => void | false;
}

/** Parses `text`, calling onChunk per chunk. */
export function parseText(text: string, options: ParseOptions): void {
	// Files glued together from several sources mix CRLF, LF and CR; the parser takes the
	// first line ending as the only one, so unify them (line breaks inside quotes stay breaks).
	let newline: '\n' | undefined;
	if (text.includes('\r')) {
		const kinds =
			(text.includes('\r\n') ? 1 : 0) +
			(/(^|[^\r])\n/.test(text) ? 1 : 0) +
			(/\r(?!\n)/.test(text) ? 1 : 0);
		if (kinds > 1) {
			text = text.replace(/\r\n?/g, '\n');
			newline = '\n';
		}
	}
	if (options.delimiter === 'whitespace') {
		parseWhitespace(text, options);
		return;
	}
	// Chunks of a few thousand rows: their arrays die young, which the garbage collector likes.
	const chunkRows = options.chunkRows ?? 4096;
	let rows: string[][] = [];
	let problems: ParseProblem[] = [];
	let first = 1;
	let stopped = false;
	let cursor = 0;
	const flush = () => {
		const chunk = { rows, firstRecord: first, cursor, problems };
		first += rows.length;
		rows = [];
		problems = [];
		if (options.onChunk(chunk) === false) stopped = true;
	};
	fastParse(
		text,
		{ delimiter: options.delimiter, newline, maxRecords: options.maxRecords },
		{
			record(fields, count, _record, end) {
				rows.push(fields.slice(0, count));
				cursor = end;
				if (rows.length >= chunkRows) flush();
				return stopped ? false : undefined;
			},
			problem(record, code) {
				problems.push({ record, code });
			}
		}
	);
	if (!stopped && (rows.length || problems.length)) flush();
}

function parseWhitespace(text: string, options: ParseOptions): void {
	const chunkRows = 20_000;
	let rows: string[][] = [];
	let record = 1;
	let first = 1;
	let pos = 0;
	const max = options.maxRecords ?? Infinity;
	while (pos <= text.length && record <= max) {
		let end = text.indexOf('\n', pos);
		if (end < 0) end = text.length;
		let line = text.slice(pos, end);
		if (line.endsWith('\r')) line = line.slice(0, -1);
		pos = end + 1;
		const trimmed = line.trim();
		rows.push(trimmed === '' ? [''] : trimmed.split(/\s+/));
		record++;
		if (rows.length >= chunkRows) {
			if (
				options.onChunk({
					rows,
					firstRecord: first,
					cursor: Math.min(pos, text.length),
					problems: []
				}) === false
			)
				return;
			rows = [];
			first = record;
		}
		if (end === text.length) break;
	}
	// A final newline leaves one empty row behind; drop it like PapaParse does not.
	if (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '')
		rows.pop();
	if (rows.length) options.onChunk({ rows, firstRecord: first, cursor: text.length, problems: [] });
}
