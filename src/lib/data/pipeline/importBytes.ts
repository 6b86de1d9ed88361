// The full import of one file under a confirmed mapping: straight from the bytes where the file
// allows (validate/readByteRows), else decode, parse in chunks and validate into typed columns.
// Pure computation — the caller (worker or CLI) commits or prints.
import { REQUIRED_ROLES, type Mapping } from '../map/types';
import { parseText } from '../parse/parseText';
import { MAX_QUOTE_RECOVERIES, recoverOpenQuote } from '../parse/recoverOpenQuote';
import { decodeBytes, type TextEncodingName } from '../sniff/detectEncoding';
import { scanEncodingLines, type EncodingLines } from '../sniff/encodingLines';
import { completeDataset, DatasetBuilder, type PartialDataset } from '../validate/DatasetBuilder';
import { readByteRows } from '../validate/readByteRows';
import type { ParsedDataset } from '../validate/types';
import { FileProblemError, MAX_SURVEY_ITEMS } from './problems';
import { importOrders } from '../orders/importOrders';

export interface ImportProgress {
	rows: number;
	/** 0–1 of the text parsed. */
	fraction: number;
}

export function checkMapping(mapping: Mapping): void {
	const roles = new Set(mapping.columns.map((c) => c.role));
	const missing = REQUIRED_ROLES[mapping.kind].filter((r) => !roles.has(r));
	if (missing.length) throw new FileProblemError({ code: 'missing_roles', roles: missing });
	const items = mapping.columns.filter((c) => c.role === 'item').length;
	if (mapping.kind === 'survey' && items > MAX_SURVEY_ITEMS)
		throw new FileProblemError({ code: 'too_many_items', items, limit: MAX_SURVEY_ITEMS });
}

export function importBytes(
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	onProgress?: (p: ImportProgress) => void
): ParsedDataset {
	return completeDataset(mapping, importPartBytes(bytes, mapping, today, onProgress));
}

export function importText(
	text: string,
	mapping: Mapping,
	today: number,
	onProgress?: (p: ImportProgress) => void,
	nulCount = 0,
	replaced = 0
): ParsedDataset {
	return completeDataset(
		mapping,
		importTextPartial(text, mapping, today, onProgress, nulCount, replaced)
	);
}

/**
 * Bytes of a file, or of one part of it (see splitForParts) → its rows, before the whole-file
 * steps (duplicates, statistics). `capacity`: the rows expected (expectedRows), to which the
 * byte road sizes its columns once — kept as views, not copied to their length.
 */
export function importPartBytes(
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	onProgress?: (p: ImportProgress) => void,
	capacity?: number
): PartialDataset {
	checkMapping(mapping);
	const rows = readByteRows(bytes, mapping, today, onProgress, capacity);
	if (rows) return withEncodingLines(rows, bytes, mapping);
	const { text, nulCount, replaced } = decodeBytes(bytes, mapping.encoding);
	const part = importTextPartial(text, mapping, today, onProgress, nulCount, replaced);
	return withEncodingLines(part, bytes, mapping);
}

/**
 * Which lines are UTF-8 and which are not, where the encoding may not fit: a UTF-8 reading that
 * replaced characters, or any GB18030 reading (UTF-8 lines read as GB18030 give wrong
 * characters, not an error). A clean UTF-8 file is not scanned again: the byte path stays one
 * pass. Read as UTF-8, only the lines that are not matter; UTF-8 lines are counted only when
 * another encoding was chosen (so the two parts of a file, one of them clean and not scanned,
 * add up to what the whole file gives).
 */
export function encodingLinesFor(
	bytes: Uint8Array,
	enc: TextEncodingName,
	replaced: number
): EncodingLines | undefined {
	if (!suspectEncoding(enc, replaced)) return undefined;
	return pickEncodingLines(scanEncodingLines(bytes), enc, replaced);
}

function suspectEncoding(enc: TextEncodingName, replaced: number): boolean {
	return enc === 'gb18030' || enc === 'utf-8+gb18030' || (enc === 'utf-8' && replaced > 0);
}

/** encodingLinesFor's choice among lines already scanned (a file read in slices). */
export function pickEncodingLines(
	lines: EncodingLines,
	enc: TextEncodingName,
	replaced: number
): EncodingLines | undefined {
	if (!suspectEncoding(enc, replaced)) return undefined;
	if (enc === 'utf-8') {
		lines.utf8 = 0;
		lines.utf8Lines = [];
	}
	return lines.other > 0 || lines.utf8 > 0 ? lines : undefined;
}

function withEncodingLines(
	part: PartialDataset,
	bytes: Uint8Array,
	mapping: Mapping
): PartialDataset {
	const lines = encodingLinesFor(bytes, mapping.encoding, part.report.replacedChars);
	if (lines) part.report.encodingLines = lines;
	return part;
}

export function importTextPartial(
	text: string,
	mapping: Mapping,
	today: number,
	onProgress?: (p: ImportProgress) => void,
	nulCount = 0,
	replaced = 0
): PartialDataset {
	checkMapping(mapping);
	// Hook (issue 23): a recognised shop export is read as orders.
	if (mapping.layout) return importOrders(text, mapping, today, nulCount, replaced);
	const builder = new DatasetBuilder(mapping, today);
	builder.noteDecoding(nulCount, replaced);
	let headerSkipped = !mapping.hasHeader;
	// An unterminated quote makes the parser read the rest of the file into one field: that row
	// is rejected with its first line only and the lines after it are parsed again
	// (recoverOpenQuote, shared with the streaming RecordSplitter), at most MAX_QUOTE_RECOVERIES
	// times, since each pass re-reads the remainder.
	let input: string | null = text;
	let offset = 0;
	for (let pass = 0; input !== null; pass++) {
		const current: string = input;
		input = null;
		let lastRecord = 0;
		parseText(current, {
			delimiter: mapping.delimiter,
			onChunk: ({ rows, firstRecord, cursor, problems }) => {
				for (const p of problems) {
					builder.markBadRecord(p.record + offset);
					if (p.code === 'unclosed_quote' && pass < MAX_QUOTE_RECOVERIES) {
						const row = rows[p.record - firstRecord];
						const again = row ? recoverOpenQuote(row) : null;
						if (again !== null) input = again;
					}
				}
				lastRecord = firstRecord + rows.length - 1;
				let first = firstRecord + offset;
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
					fraction: text.length ? (text.length - current.length + cursor) / text.length : 1
				});
			}
		});
		offset += lastRecord;
	}
	const ds = builder.partial();
	// The line break that ends the last line is not a blank line.
	if (mapping.delimiter !== 'whitespace' && /[\r\n]$/.test(text) && ds.report.emptyRows > 0)
		ds.report.emptyRows--;
	return ds;
}
