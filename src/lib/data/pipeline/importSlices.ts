// A file imported a slice at a time (issue 22): the same rows, report and columns as
// importBytes gives for the whole file, without ever holding all of its bytes (or its text).
// The byte road (validate/ByteRowReader) reads line-aligned pieces; where it cannot (a quote, a
// NUL, mixed line breaks, another encoding) the text road decodes pieces (ChunkDecoder), cuts
// them into records (RecordSplitter, quotes spanning pieces included) and validates them with
// the one DatasetBuilder — importTextPartial's steps, streamed.
import type { Mapping } from '../map/types';
import type { TextEncodingName } from '../sniff/detectEncoding';
import { mergeEncodingLines, scanEncodingLines, type EncodingLines } from '../sniff/encodingLines';
import { ChunkDecoder } from '../stream/ChunkDecoder';
import { linePieces, type ByteSource } from '../stream/linePieces';
import { RecordSplitter, type RecordBatch } from '../stream/RecordSplitter';
import { DatasetBuilder, type PartialDataset } from '../validate/DatasetBuilder';
import { ByteRowReader } from '../validate/readByteRows';
import { checkMapping, pickEncodingLines, type ImportProgress } from './importBytes';

export interface SliceOptions {
	/** Bytes per read (SLICE_BYTES by default; tests use a few). */
	window?: number;
	onProgress?: (p: ImportProgress) => void;
}

/**
 * Lines of a file scanned piece by piece, as scanEncodingLines scans the whole: the bytes after
 * the last line break wait for the next piece (a CR at the end too: it may be half a CRLF).
 */
class EncodingLineScan {
	lines: EncodingLines = { utf8: 0, utf8Lines: [], other: 0, otherLines: [] };
	private seen = 0;
	private carry = new Uint8Array(0);
	private first = true;

	add(piece: Uint8Array, final: boolean): void {
		let bytes = piece;
		if (this.carry.length) {
			bytes = new Uint8Array(this.carry.length + piece.length);
			bytes.set(this.carry);
			bytes.set(piece, this.carry.length);
		}
		let cut = bytes.length;
		if (!final) {
			while (cut > 0 && bytes[cut - 1] !== 0x0a && bytes[cut - 1] !== 0x0d) cut--;
			if (cut > 0 && bytes[cut - 1] === 0x0d) cut--;
		}
		this.carry = bytes.slice(cut);
		if (cut === 0 && !final) return;
		let whole = bytes.subarray(0, cut);
		// scanEncodingLines skips a leading BOM; only the file's first bytes may be one.
		if (!this.first && whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf) {
			const shifted = new Uint8Array(whole.length + 1);
			shifted[0] = 0x78; // an ASCII letter leaves the line's class as it is
			shifted.set(whole, 1);
			whole = shifted;
		}
		// Still at the start: three bytes may yet turn out to be a BOM.
		if (this.first && !final && whole.length < 3) {
			this.carry = bytes.slice(0);
			return;
		}
		this.first = false;
		let count = 0;
		const found = scanEncodingLines(whole, () => count++);
		this.lines = mergeEncodingLines(this.lines, found, this.seen);
		this.seen += count;
	}
}

/** The encoding lines of bytes [from, to), read again in slices (a rare second pass). */
async function scanSlices(src: ByteSource, from: number, to: number, window?: number) {
	const scan = new EncodingLineScan();
	for await (const p of linePieces(src, { from, to, window })) scan.add(p.bytes, p.final);
	return scan.lines;
}

/**
 * Bytes [from, to) on the byte road (importPartBytes's first choice), or null when the file
 * must take the text road. `from` > 0 reads a later part (its mapping has no header).
 */
export async function readBytePart(
	src: ByteSource,
	mapping: Mapping,
	today: number,
	{
		from = 0,
		to = src.size,
		window,
		onProgress,
		capacity
	}: SliceOptions & { from?: number; to?: number; capacity?: number } = {}
): Promise<PartialDataset | null> {
	checkMapping(mapping);
	// capacity: rows expected (validateSliced's estimate): columns sized once, kept as views.
	const reader = ByteRowReader.open(mapping, today, { total: to - from, onProgress, capacity });
	if (!reader) return null;
	for await (const p of linePieces(src, { from, to, window }))
		if (!reader.push(p.bytes, p.final)) return null;
	const part = reader.finish();
	// As withEncodingLines: a clean UTF-8 file is not scanned again.
	const replaced = part.report.replacedChars;
	if (replaced > 0) {
		const lines = pickEncodingLines(
			await scanSlices(src, from, to, window),
			mapping.encoding,
			replaced
		);
		if (lines) part.report.encodingLines = lines;
	}
	return part;
}

/**
 * Which kinds of line break the decoded text will hold (CRLF, lone LF, lone CR), read from the
 * bytes in slices: parseText unifies them only when a file mixes kinds. NULs are skipped (the
 * decoder removes them); in UTF-16 the code units are looked at, elsewhere a 0x0A or 0x0D byte
 * is always a line break (never part of a UTF-8 or GB18030 character).
 */
export async function lineBreakKinds(
	src: ByteSource,
	encoding: TextEncodingName,
	window?: number
): Promise<{ crlf: boolean; lf: boolean; cr: boolean }> {
	const kinds = { crlf: false, lf: false, cr: false };
	const unit = encoding.startsWith('utf-16') ? 2 : 1;
	const bigEndian = encoding === 'utf-16be';
	let prevCR = false;
	let odd: number | null = null;
	for await (const p of linePieces(src, { window, lines: false })) {
		let b = p.bytes;
		if (unit === 2 && odd !== null) {
			const joined = new Uint8Array(b.length + 1);
			joined[0] = odd;
			joined.set(b, 1);
			b = joined;
		}
		const n = unit === 2 ? b.length & ~1 : b.length;
		odd = unit === 2 && n < b.length ? b[n] : null;
		for (let i = 0; i < n; i += unit) {
			const u = unit === 1 ? b[i] : bigEndian ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8);
			if (u === 0) continue;
			if (prevCR) {
				prevCR = false;
				if (u === 0x0a) {
					kinds.crlf = true;
					continue;
				}
				kinds.cr = true;
			}
			if (u === 0x0d) prevCR = true;
			else if (u === 0x0a) kinds.lf = true;
		}
	}
	if (prevCR) kinds.cr = true;
	return kinds;
}

const isBlank = (row: string[]) => row.length === 1 && row[0].trim() === '';

/** The whole file on the text road, a slice at a time: importTextPartial's result. */
export async function readTextSlices(
	src: ByteSource,
	mapping: Mapping,
	today: number,
	{ window, onProgress }: SliceOptions = {}
): Promise<PartialDataset> {
	checkMapping(mapping);
	// A shop export's rows are folded into orders over the whole text (importOrders).
	if (mapping.layout) throw new Error('a shop export is read whole');
	const encoding: TextEncodingName = mapping.encoding;
	const utf16 = encoding.startsWith('utf-16');
	const decoder = new ChunkDecoder(encoding);
	// A file with one kind of line break other than LF keeps it (quoted ones too), as parseText.
	const k = await lineBreakKinds(src, encoding, window);
	const single = Number(k.crlf) + Number(k.lf) + Number(k.cr) === 1;
	const newline = single && k.crlf ? '\r\n' : single && k.cr ? '\r' : undefined;
	const splitter = new RecordSplitter({ delimiter: mapping.delimiter, newline });
	const builder = new DatasetBuilder(mapping, today);
	// Which lines are in which encoding: only where that may be asked (pickEncodingLines).
	const scan = utf16 ? null : new EncodingLineScan();
	let headerSkipped = !mapping.hasHeader;
	let last = '';
	let read = 0;
	const add = (batch: RecordBatch) => {
		for (const r of batch.badRecords) builder.markBadRecord(r);
		let rows = batch.rows;
		let first = batch.firstRecord;
		if (!headerSkipped) {
			// As importText: blank lines before the header, then the header itself.
			let k = 0;
			while (k < rows.length && isBlank(rows[k])) k++;
			if (k === rows.length) return;
			headerSkipped = true;
			rows = rows.slice(k + 1);
			first += k + 1;
		}
		if (rows.length) builder.addRows(rows, first);
		onProgress?.({ rows: first + rows.length - 1, fraction: src.size ? read / src.size : 1 });
	};
	const text = (t: string) => {
		if (t.length) last = t[t.length - 1];
		return t;
	};
	// Fixed slices: the decoder joins a character a cut divides, the splitter a record.
	for await (const p of linePieces(src, { window, lines: false })) {
		scan?.add(p.bytes, p.final);
		read = p.at + p.bytes.length;
		add(splitter.push(text(decoder.decode(p.bytes))));
	}
	add(splitter.push(text(decoder.end())));
	add(splitter.end());
	builder.noteDecoding(decoder.nulRemoved, decoder.replaced);
	const ds = builder.partial();
	// The line break that ends the last line is not a blank line.
	if (
		mapping.delimiter !== 'whitespace' &&
		(last === '\n' || last === '\r') &&
		ds.report.emptyRows > 0
	)
		ds.report.emptyRows--;
	const lines = scan && pickEncodingLines(scan.lines, encoding, decoder.replaced);
	if (lines) ds.report.encodingLines = lines;
	return ds;
}

/** The whole file, sliced: the byte road where it can go, else the text road. */
export async function importSlicesPartial(
	src: ByteSource,
	mapping: Mapping,
	today: number,
	options: SliceOptions = {}
): Promise<PartialDataset> {
	return (
		(await readBytePart(src, mapping, today, options)) ??
		(await readTextSlices(src, mapping, today, options))
	);
}
