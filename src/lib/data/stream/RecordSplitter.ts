// Decoded text, a chunk at a time → complete records, the same rows parseText and importText
// give for the whole text. fastParse itself finds the record boundaries: a record is handed out
// only once the line break after it has been read, so a chunk may end mid-field, inside quotes
// or between CR and LF. An unterminated quote is recovered as importText does: the row keeps the
// field's first line and is rejected, and the text after that line is read again (the same
// recoverOpenQuote, up to the same MAX_QUOTE_RECOVERIES).
import { fastParse } from '../parse/fastParse';
import { MAX_QUOTE_RECOVERIES, recoverOpenQuote } from '../parse/recoverOpenQuote';
import type { Delimiter } from '../sniff/detectDelimiter';

export { MAX_QUOTE_RECOVERIES };

export interface RecordBatch {
	rows: string[][];
	/** 1-based record number of rows[0] (a header and blank lines count, as in parseText). */
	firstRecord: number;
	/** Records whose quotes did not close or were malformed: importText rejects those rows. */
	badRecords: number[];
}

export interface SplitterOptions {
	delimiter: Delimiter;
	/**
	 * An open quote holding more text than this is recovered without waiting for the end of the
	 * file (the app reads on to the end first; only a quoted field that long would read differently).
	 */
	maxCarryChars?: number;
	/**
	 * The file's only kind of line break, when it is CRLF or CR: kept as it is (parseText unifies
	 * line breaks only in a file that mixes kinds, so a quoted CRLF stays CRLF). Without it every
	 * line break is read as LF.
	 */
	newline?: '\r\n' | '\r';
}

const DEFAULT_MAX_CARRY = 16 * 1024 * 1024;

interface ParseOutcome {
	/** Text after a recovered open quote, to be read again. */
	tail: string | null;
	/** Where the unfinished last record starts (-1: none). */
	carryFrom: number;
	carryUnclosed: boolean;
}

export class RecordSplitter {
	private carry = '';
	private pendingCR = false;
	private next = 1;
	private recoveries = 0;
	/** After the last allowed recovery the rest of the file is one rejected record. */
	private swallowing = false;
	private readonly maxCarry: number;

	constructor(private options: SplitterOptions) {
		this.maxCarry = options.maxCarryChars ?? DEFAULT_MAX_CARRY;
	}

	push(text: string): RecordBatch {
		return this.split(this.normalize(text, false), false);
	}

	/** The records still held: the last one needs no line break after it. */
	end(): RecordBatch {
		return this.split(this.normalize('', true), true);
	}

	/**
	 * Every line break becomes LF. parseText does the same whenever a file mixes kinds, and with
	 * a single kind splitting on LF gives the same records; only a CRLF inside quotes reads as LF.
	 */
	private normalize(text: string, final: boolean): string {
		let t = this.pendingCR ? '\r' + text : text;
		// A CR at the end of a chunk may be the first half of CRLF.
		this.pendingCR = !final && t.endsWith('\r');
		if (this.pendingCR) t = t.slice(0, -1);
		if (this.options.newline) return t;
		return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
	}

	private split(text: string, final: boolean): RecordBatch {
		const batch: RecordBatch = { rows: [], firstRecord: this.next, badRecords: [] };
		if (this.swallowing) return batch;
		const buffer = this.carry + text;
		this.carry = '';
		if (this.options.delimiter === 'whitespace') this.splitLines(buffer, final, batch);
		else this.splitCsv(buffer, final, batch);
		return batch;
	}

	/** parseWhitespace's rows: one per line, fields split on runs of spaces, no quoting. */
	private splitLines(text: string, final: boolean, batch: RecordBatch): void {
		let pos = 0;
		for (;;) {
			const nl = text.indexOf('\n', pos);
			if (nl < 0) break;
			this.pushLine(text.slice(pos, nl), batch);
			pos = nl + 1;
		}
		const rest = text.slice(pos);
		// parseWhitespace drops the empty row after a final line break.
		if (!final) this.carry = rest;
		else if (rest !== '') this.pushLine(rest, batch);
	}

	private pushLine(line: string, batch: RecordBatch): void {
		const trimmed = line.trim();
		batch.rows.push(trimmed === '' ? [''] : trimmed.split(/\s+/));
		this.next++;
	}

	private splitCsv(text: string, final: boolean, batch: RecordBatch): void {
		let input: string | null = text;
		let forced = false;
		while (input !== null) {
			const current: string = input;
			const r = this.parseCsv(current, final || forced, forced, batch);
			input = null;
			forced = false;
			if (r.tail !== null) input = r.tail;
			else if (r.carryFrom >= 0) {
				this.carry = current.slice(r.carryFrom);
				// A quote left open over megabytes: recover now, so memory stays bounded.
				if (r.carryUnclosed && this.carry.length > this.maxCarry) {
					input = this.carry;
					this.carry = '';
					forced = true;
				}
			}
		}
	}

	/**
	 * Records of `text` into the batch. Unless `atEnd`, the last record is held back (it may
	 * continue in the next chunk). `forced`: the text is one open-quoted record read early; it is
	 * held again when its field has no line break yet.
	 */
	private parseCsv(text: string, atEnd: boolean, forced: boolean, batch: RecordBatch) {
		const out: ParseOutcome = { tail: null, carryFrom: -1, carryUnclosed: false };
		let start = 0;
		let problem = false;
		let unclosed = false;
		fastParse(
			text,
			{ delimiter: this.options.delimiter, newline: this.options.newline ?? '\n' },
			{
				problem: (_record, code) => {
					problem = true;
					if (code === 'unclosed_quote') unclosed = true;
				},
				record: (fields, count, _record, end) => {
					if (end >= text.length && !atEnd) {
						out.carryFrom = start;
						out.carryUnclosed = unclosed;
						return false;
					}
					const row = fields.slice(0, count);
					if (unclosed) {
						if (this.recoveries >= MAX_QUOTE_RECOVERIES) this.swallowing = true;
						else {
							const again = recoverOpenQuote(row);
							if (again !== null) {
								out.tail = again;
								this.recoveries++;
							} else if (forced) {
								out.carryFrom = start;
								return false;
							}
						}
					}
					batch.rows.push(row);
					if (problem) batch.badRecords.push(this.next);
					this.next++;
					problem = false;
					unclosed = false;
					start = end;
				}
			}
		);
		return out;
	}
}
