// Validates a UTF-8 file straight from its bytes, without decoding it to text or making a string
// per cell: ids and labels are looked up from byte ranges (a string is made only for a new
// value), ISO dates and plain numbers are read from the bytes. That is where the import's time
// and memory went (5 million short-lived strings for a million rows).
//
// The result is exactly what importText gives. Only rows that are plainly clean take the fast
// road: printable ASCII, every mapped cell present, not blank, not padded, and parsed without
// doubt. Any other row is decoded and handed to DatasetBuilder.addRows, the one place that
// decides rejections. Files where a line break might not end a record (a quote anywhere), or
// whose line breaks are mixed (which parseText unifies first), or with NUL bytes (removed
// before parsing), are not read here at all: the caller takes the text path.
import type { Mapping } from '../map/types';
import { parseDate, validDay } from '../values/parseDate';
import { parseNumber } from '../values/parseNumber';
import { asciiString } from './asciiString';
import { dateOrderClass, noteDateOrder } from './dateOrder';
import {
	DAY_1900,
	DatasetBuilder,
	MAX_AMOUNT,
	MAX_CELL_CHARS,
	type ByteTarget,
	type PartialDataset
} from './DatasetBuilder';

export interface ByteProgress {
	/** Records read so far. */
	rows: number;
	/** 0–1 of the bytes read. */
	fraction: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const DELIMITERS: Record<string, number> = { ',': 0x2c, ';': 0x3b, '\t': 0x09, '|': 0x7c };
/** Exact powers of ten (as in parseNumber's plain reading). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const PROGRESS_ROWS = 1 << 15;

/** Not a number: the cell needs the full reading. */
const UNREAD = NaN;

/**
 * parseNumber's plain "-123.45" reading from bytes: up to 15 digits, at most one decimal mark
 * between digits. NaN when the cell is anything else (parseNumber then decides).
 */
function plainNumber(bytes: Uint8Array, start: number, end: number, point: number): number {
	if (end - start > 20) return UNREAD;
	const negative = bytes[start] === 0x2d;
	let digits = 0;
	let points = 0;
	let mantissa = 0;
	let decimals = 0;
	for (let i = negative ? start + 1 : start; i < end; i++) {
		const c = bytes[i];
		if (c >= 48 && c <= 57) {
			digits++;
			mantissa = mantissa * 10 + (c - 48);
			decimals += points;
		} else if (c === point && points === 0 && digits > 0 && i < end - 1) points++;
		else return UNREAD;
	}
	if (digits === 0 || digits > 15) return UNREAD;
	const v = decimals ? mantissa / POW10[decimals] : mantissa;
	return negative ? -v : v;
}

/** parseDate's "YYYY-MM-DD" reading from bytes; NaN when the cell is anything else. */
function isoDay(bytes: Uint8Array, start: number, end: number): number {
	if (end - start !== 10 || bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d) return UNREAD;
	let y = 0;
	for (let i = 0; i < 4; i++) {
		const c = bytes[start + i] - 48;
		if (c < 0 || c > 9) return UNREAD;
		y = y * 10 + c;
	}
	const m1 = bytes[start + 5] - 48;
	const m2 = bytes[start + 6] - 48;
	const d1 = bytes[start + 8] - 48;
	const d2 = bytes[start + 9] - 48;
	if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return UNREAD;
	return validDay(y, m1 * 10 + m2, d1 * 10 + d2);
}

/** Whether the first line ends in CRLF: then every line must (the text path unifies mixed ones). */
function firstLineEndsInCr(bytes: Uint8Array, from: number): boolean {
	let i = from;
	while (i < bytes.length && bytes[i] !== LF) i++;
	return i < bytes.length && i > from && bytes[i - 1] === CR;
}

/**
 * The whole file's (or part's) rows, or null when this file must take the text path. The
 * caller runs completeDataset on the result, as for importTextPartial.
 */
export function readByteRows(
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	onProgress?: (p: ByteProgress) => void,
	/** Rows expected: the columns are sized once to this (see ByteRowReader.open). */
	capacity?: number
): PartialDataset | null {
	const reader = ByteRowReader.open(mapping, today, { total: bytes.length, onProgress, capacity });
	if (!reader || !reader.push(bytes, true)) return null;
	return reader.finish();
}

/**
 * readByteRows a piece at a time (a file read in slices, see pipeline/importSlices): every
 * piece but the last must end just after a line feed — a line is never cut, so the result is
 * the one readByteRows gives for the joined bytes. Only the state between lines is kept: the
 * builder, the record count, whether the header was seen and whether lines end in CRLF.
 */
export class ByteRowReader {
	private builder: DatasetBuilder;
	private targets: ByteTarget[];
	private need: number;
	private record = 0;
	private headerSkipped: boolean;
	/** Null until the first piece says whether the first line ends in CRLF. */
	private crlf: boolean | null = null;
	/** Bytes of the earlier pieces (progress is a fraction of `total`). */
	private done = 0;
	private decoding = { replaced: 0 };
	private decoder = new TextDecoder('utf-8', { ignoreBOM: true });

	/** Null when the mapping itself rules the byte road out (encoding, delimiter, layout). */
	static open(
		mapping: Mapping,
		today: number,
		options: { total: number; onProgress?: (p: ByteProgress) => void; capacity?: number }
	): ByteRowReader | null {
		if (mapping.encoding !== 'utf-8' || DELIMITERS[mapping.delimiter] === undefined) return null;
		// Hook (issue 23): a shop export's rows are folded into orders on the text path.
		if (mapping.layout) return null;
		return new ByteRowReader(mapping, today, options.total, options.onProgress, options.capacity);
	}

	private constructor(
		private mapping: Mapping,
		today: number,
		private total: number,
		private onProgress?: (p: ByteProgress) => void,
		capacity?: number
	) {
		this.builder = new DatasetBuilder(mapping, today, { capacity });
		this.targets = this.builder.byteTargets();
		this.need = this.builder.fieldsNeeded;
		this.headerSkipped = !mapping.hasHeader;
	}

	/**
	 * Reads one piece (whole lines; `final`: the last piece, whose last line may lack its line
	 * break). False: the file must take the text path (the reader is then spent).
	 */
	push(bytes: Uint8Array, final: boolean): boolean {
		const mapping = this.mapping;
		const delimiter = DELIMITERS[mapping.delimiter];
		let pos = 0;
		if (this.crlf === null) {
			if (bytes.length === 0 && !final) return true;
			pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
			// A file of nothing but a byte order mark: the text path says what it holds.
			if (pos >= bytes.length) return false;
			this.crlf = firstLineEndsInCr(bytes, pos);
		}
		const len = bytes.length;
		const crlf = this.crlf;
		const builder = this.builder;
		const targets = this.targets;
		const need = this.need;
		const lastDay = builder.lastValidDay;
		const dropReturns = mapping.returns === 'drop';
		const decoder = this.decoder;
		const delimiterText = mapping.delimiter;
		const decoding = this.decoding;
		const onProgress = this.onProgress;
		const base = this.done;
		const total = this.total || 1;
		// Field boundaries of the current row (starts[i] .. ends[i]), up to the fields we read.
		const starts = new Int32Array(need + 1);
		const ends = new Int32Array(need + 1);
		const values = new Float64Array(targets.length);
		// The previous date cell per column and its day: exports sorted by date repeat it. (Kept
		// per piece: the positions are this piece's.)
		const lastDateStart = new Int32Array(targets.length).fill(-1);
		const lastDateLength = new Int32Array(targets.length);
		const lastDateDay = new Float64Array(targets.length);
		// Day/month columns: the previous cell's order class, and this row's (counted if accepted).
		const lastDateClass = new Int8Array(targets.length);
		const rowClass = new Int8Array(targets.length);
		let headerSkipped = this.headerSkipped;
		let record = this.record;

		while (pos < len) {
			// One pass over the line: its end, the fields we need, and whether every byte is
			// printable ASCII other than a quote (quotes, NULs and stray CRs: see slowRow).
			const rowStart = pos;
			let count = 1;
			let plain = true;
			starts[0] = rowStart;
			let i = pos;
			for (; i < len; i++) {
				const c = bytes[i];
				if (c === delimiter) {
					if (count <= need) ends[count - 1] = i;
					if (count < need) starts[count] = i + 1;
					count++;
				} else if (c < SPACE || c > 0x7e || c === QUOTE) {
					if (c === LF) break;
					if (!(crlf && c === CR && bytes[i + 1] === LF)) plain = false;
				}
			}
			pos = i + 1;
			let end = i;
			if (crlf && i < len) {
				// Every line of a CRLF file ends in CRLF; an LF alone means mixed line breaks.
				if (bytes[i - 1] !== CR || i === rowStart) return false;
				end = i - 1;
			}
			record++;
			if (!headerSkipped) {
				// Blank lines before the header, then the header itself.
				const fields = slowRow(bytes, rowStart, end, decoder, delimiterText, decoding);
				if (fields === null) return false;
				if (!(fields.length === 1 && fields[0].trim() === '')) headerSkipped = true;
				continue;
			}
			if (rowStart === end) {
				builder.emptyRow();
				continue;
			}
			if (count <= need) ends[count - 1] = end;
			let amount = NaN;
			let fast = plain && count >= need;
			for (let t = 0; fast && t < targets.length; t++) {
				const target = targets[t];
				const s = starts[target.index];
				const e = ends[target.index];
				// Blank, padded or overlong cells: addRows knows what they mean.
				if (s === e || bytes[s] === SPACE || bytes[e - 1] === SPACE || e - s > MAX_CELL_CHARS) {
					fast = false;
					break;
				}
				if (target.kind === 'day') {
					let d: number;
					const ls = lastDateStart[t];
					if (ls !== -1 && e - s === lastDateLength[t] && sameCell(bytes, ls, s, e - s))
						d = lastDateDay[t];
					else {
						d = target.dateFormat === 'ymd' ? isoDay(bytes, s, e) : UNREAD;
						if (Number.isNaN(d)) {
							const text = asciiString(bytes, s, e);
							d = parseDate(text, target.dateFormat);
							if (target.order) lastDateClass[t] = dateOrderClass(text, d, target.order.format);
						}
						lastDateStart[t] = s;
						lastDateLength[t] = e - s;
						lastDateDay[t] = d;
					}
					rowClass[t] = lastDateClass[t];
					if (Number.isNaN(d) || (target.checkRange && (d < DAY_1900 || d > lastDay))) fast = false;
					values[t] = d;
				} else if (target.kind === 'number') {
					let n = plainNumber(bytes, s, e, target.decimal === '.' ? 0x2e : 0x2c);
					if (Number.isNaN(n)) n = parseNumber(asciiString(bytes, s, e), target.decimal);
					if (n === 0) n = 0; // -0 is stored as 0, as addRows does
					if (Number.isNaN(n) || Math.abs(n) > MAX_AMOUNT) fast = false;
					else if (target.isAmount) {
						if (n < 0 && dropReturns) fast = false;
						amount = n;
					}
					values[t] = n;
				}
			}
			if (fast) {
				for (let t = 0; t < targets.length; t++) {
					pushValue(targets[t], bytes, starts, ends, values[t]);
					const order = targets[t].order;
					if (order && rowClass[t]) {
						const s = starts[targets[t].index];
						const e = ends[targets[t].index];
						noteDateOrder(order, rowClass[t], record, () => asciiString(bytes, s, e));
					}
				}
				builder.acceptedRow(record, amount);
			} else {
				const fields = slowRow(bytes, rowStart, end, decoder, delimiterText, decoding);
				if (fields === null) return false;
				builder.addRows([fields], record);
			}
			if (onProgress && record % PROGRESS_ROWS === 0)
				onProgress({ rows: record, fraction: Math.min(1, (base + pos) / total) });
		}
		this.headerSkipped = headerSkipped;
		this.record = record;
		this.done += len;
		return true;
	}

	/** The rows read (after the last piece). */
	finish(): PartialDataset {
		this.builder.noteDecoding(0, this.decoding.replaced);
		this.onProgress?.({ rows: this.record, fraction: 1 });
		return { ...this.builder.partial(), records: this.record };
	}
}

/** A row the fast road does not take: decoded and split as parseText would, or null. */
function slowRow(
	bytes: Uint8Array,
	from: number,
	to: number,
	decoder: TextDecoder,
	delimiter: string,
	decoding: { replaced: number }
): string[] | null {
	const text = decoder.decode(bytes.subarray(from, to));
	// A quote may join lines into one record, and the text path removes NULs and unifies
	// mixed line breaks (a CR here) before it parses: such files go that way, whole.
	if (text.includes('"') || text.includes('\0') || text.includes('\r')) return null;
	if (text.includes('\ufffd')) for (const ch of text) if (ch === '\ufffd') decoding.replaced++;
	return text.split(delimiter);
}

function sameCell(bytes: Uint8Array, a: number, b: number, n: number): boolean {
	for (let i = 0; i < n; i++) if (bytes[a + i] !== bytes[b + i]) return false;
	return true;
}

function pushValue(
	target: ByteTarget,
	bytes: Uint8Array,
	starts: Int32Array,
	ends: Int32Array,
	value: number
): void {
	if (target.dict)
		target.dict.codes.push(target.dict.codeBytes(bytes, starts[target.index], ends[target.index]));
	else if (target.days) target.days.push(value);
	else if (target.numbers) target.numbers.push(value);
}
