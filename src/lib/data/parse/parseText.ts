// The one place that turns decoded text into rows of fields. PapaParse does RFC 4180 quoting
// (embedded delimiters, quotes and line breaks); whitespace-aligned files have no quoting and
// are split here. Rows are handed out in chunks so callers can report progress.
import Papa from 'papaparse';
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
	/** Characters per chunk handed to PapaParse. */
	chunkChars?: number;
	/** Stop after this many records (previews). */
	maxRecords?: number;
	onChunk: (chunk: ParseChunk) => void | false;
}

/** Parses `text`, calling onChunk per chunk. */
export function parseText(text: string, options: ParseOptions): void {
	// Files glued together from several sources mix CRLF, LF and CR; PapaParse takes the
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
	let record = 1;
	let stop = false;
	// PapaParse streams a string in chunks at run time; its types only list chunk for files.
	const config = {
		delimiter: options.delimiter,
		newline,
		header: false,
		skipEmptyLines: false,
		chunkSize: options.chunkChars ?? 1 << 20,
		preview: options.maxRecords ?? 0,
		chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
			if (stop) return;
			const problems: ParseProblem[] = [];
			for (const e of results.errors) {
				const at = record + (e.row ?? 0);
				if (e.code === 'MissingQuotes') problems.push({ record: at, code: 'unclosed_quote' });
				else if (e.code === 'InvalidQuotes')
					problems.push({ record: at, code: 'malformed_quotes' });
			}
			const rows = results.data;
			const first = record;
			record += rows.length;
			if (
				options.onChunk({ rows, firstRecord: first, cursor: results.meta.cursor, problems }) ===
				false
			) {
				stop = true;
				parser.abort();
			}
		}
	};
	Papa.parse<string[]>(text, config as unknown as Papa.ParseWorkerConfig<string[]>);
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
