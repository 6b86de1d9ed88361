// Turns parsed rows into typed columns, row by row, deciding for each row whether it is
// accepted or rejected (with line number, reason and the offending text). Nothing here
// touches storage: the caller commits the finished dataset in one transaction.
import { dayFromYMD, isoFromDay } from '../../analytics/dates';
import { MISSING_DAY } from '../../analytics/types';
import {
	MAX_AMOUNT as MAX_EXACT_AMOUNT,
	fromCents,
	sumMoney,
	toCents
} from '../../analytics/money';
import type { ColumnSpec, Mapping } from '../map/types';
import { parseDate, type DateFormat } from '../values/parseDate';
import { parseNumber, type DecimalMark } from '../values/parseNumber';
import { dictColumnOf, labelCount } from '../tables/lazyLabels';
import { Dictionary } from './Dictionary';
import { dateOrderClass, isDayMonthOrder, newDateOrderEvidence, noteDateOrder } from './dateOrder';
import { GrowableFloat64, GrowableInt32 } from './growable';
import type {
	DateOrderEvidence,
	Field,
	ParsedDataset,
	RejectReason,
	StoredColumn,
	ValidationReport
} from './types';
import { emptyRecord } from '../../analytics/emptyRecord';

export const DAY_1900 = dayFromYMD(1900, 1, 1);
/** Examples kept per reason (all are counted; the screen shows the first 20). */
export const EXAMPLES_PER_REASON = 1000;
/** Excel's own cell limit: a longer cell is a broken file (a lost quote), never a value. */
export const MAX_CELL_CHARS = 32_767;
/**
 * Amounts past 10^13 units (10^15 cents) are refused: beyond, a double no longer finds the
 * cent of an amount reliably (1e308 would even sum to Infinity). See analytics/money.ts.
 */
export const MAX_AMOUNT = MAX_EXACT_AMOUNT;

type Sink =
	| { spec: ColumnSpec; key: string; kind: 'dict'; dict: Dictionary }
	| {
			spec: ColumnSpec;
			key: string;
			kind: 'day';
			values: GrowableInt32;
			/** The previous cell and its day: exports sorted by date repeat it row after row. */
			lastText: string;
			lastDay: number;
			/** Day/month columns: what each value says about the order (see dateOrder.ts). */
			order: DateOrderEvidence | null;
			lastClass: number;
	  }
	| { spec: ColumnSpec; key: string; kind: 'number'; values: GrowableFloat64 };

const SINGLE_ROLES = new Set([
	'customerId',
	'date',
	'amount',
	'orderId',
	'quantity',
	'category',
	'channel',
	'cost',
	'signupDate',
	'churnDate',
	'churnFlag',
	'frequency',
	'recency',
	'T',
	'monetary'
]);

/** A cell's text with control characters removed and surrounding space trimmed. */
export function cleanCell(raw: string | undefined): string {
	if (raw === undefined) return '';
	// Most cells are clean: checked by char codes (a regex call per cell costs more) before
	// any new string is built. Control: U+0000–U+001F except tab, LF and CR; and U+007F.
	const n = raw.length;
	for (let i = 0; i < n; i++) {
		const c = raw.charCodeAt(i);
		if (c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 127)
			// eslint-disable-next-line no-control-regex
			return raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
	}
	return n > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(n - 1) > 32 ? raw : raw.trim();
}

function uniqueKey(base: string, used: Set<string>): string {
	let key = base.trim() === '' ? 'column' : base.trim();
	let n = 2;
	while (used.has(key)) key = `${base.trim() || 'column'} (${n++})`;
	used.add(key);
	return key;
}

export class DatasetBuilder {
	private sinks: Sink[] = [];
	private report: ValidationReport = {
		rowsRead: 0,
		accepted: 0,
		emptyRows: 0,
		rejected: { total: 0, byReason: {}, examples: [] },
		duplicates: 0,
		zeroAmounts: 0,
		negativeAmounts: 0,
		negativeTotal: 0,
		blankedCells: 0,
		nulRemoved: 0,
		replacedChars: 0
	};
	private exampleCount: Partial<Record<RejectReason, number>> = {};
	/** Line number of every accepted row (for duplicate reports after the fact). */
	private lines: GrowableInt32;
	private customerSink: Sink | null = null;
	private dateSink: Sink | null = null;
	private amountSink: Sink | null = null;
	private needFields = 0;
	/** The returns' total in cents (exact; the report gets it in units at the end). */
	private negativeCents = 0;
	private cells: string[] = [];
	private parsed: number[] = [];
	/** Rows expected (a large file's estimate): columns start at that size and are not copied at the end. */
	private capacity: number | undefined;

	constructor(
		private mapping: Mapping,
		/** Today as a day number: dates after it are rejected as typos (never used in analytics). */
		private today: number,
		options: { capacity?: number } = {}
	) {
		this.capacity = options.capacity;
		const cap = options.capacity;
		this.lines = new GrowableInt32(cap);
		const used = new Set<string>();
		for (const spec of mapping.columns) {
			if (spec.role === 'ignore') continue;
			const key = SINGLE_ROLES.has(spec.role)
				? uniqueKey(spec.role, used)
				: uniqueKey(spec.header || `column ${spec.index + 1}`, used);
			const sink: Sink =
				spec.type === 'date'
					? {
							spec,
							key,
							kind: 'day',
							values: new GrowableInt32(cap),
							lastText: '',
							lastDay: NaN,
							order: isDayMonthOrder(spec.dateFormat)
								? newDateOrderEvidence(key, spec.header, spec.index, spec.dateFormat)
								: null,
							lastClass: 0
						}
					: spec.type === 'number'
						? { spec, key, kind: 'number', values: new GrowableFloat64(cap) }
						: { spec, key, kind: 'dict', dict: new Dictionary(cap) };
			this.sinks.push(sink);
			if (sink.kind === 'day' && sink.order) (this.report.dateOrder ??= []).push(sink.order);
			if (spec.role === 'customerId') this.customerSink = sink;
			if (spec.role === 'date') this.dateSink = sink;
			if (spec.role === 'amount') this.amountSink = sink;
			this.needFields = Math.max(this.needFields, spec.index + 1);
		}
	}

	noteDecoding(nulRemoved: number, replacedChars: number): void {
		this.report.nulRemoved += nulRemoved;
		this.report.replacedChars += replacedChars;
	}

	private reject(line: number, reason: RejectReason, text: string, column?: string): void {
		rejectRow(this.report, this.exampleCount, line, reason, text, column);
	}

	/** Marks records that PapaParse could not close (an unclosed quote swallows the rest). */
	private badRecords = new Set<number>();
	markBadRecord(record: number): void {
		this.badRecords.add(record);
	}

	addRows(rows: string[][], firstRecord: number): void {
		const kind = this.mapping.kind;
		const isTx = kind === 'transactions';
		const cells = this.cells;
		const parsed = this.parsed;
		for (let r = 0; r < rows.length; r++) {
			const row = rows[r];
			const line = firstRecord + r;
			if (row.length === 1 && row[0].trim() === '') {
				this.report.emptyRows++;
				continue;
			}
			this.report.rowsRead++;
			if (this.badRecords.has(line)) {
				this.reject(line, 'unclosed_quote', row.join(','));
				continue;
			}
			if (row.length < this.needFields && isTx) {
				this.reject(
					line,
					'too_few_fields',
					row.join(this.mapping.delimiter === 'whitespace' ? ' ' : this.mapping.delimiter)
				);
				continue;
			}
			// First pass: parse every mapped cell; reject the row on a required cell that fails.
			let reason: RejectReason | null = null;
			let badText = '';
			let badColumn = '';
			// Counted only for rows that are kept: a rejected row's cells are not "blanked".
			let blanked = 0;
			for (let s = 0; s < this.sinks.length; s++) {
				const sink = this.sinks[s];
				const raw = row[sink.spec.index];
				if (raw !== undefined && raw.length > MAX_CELL_CHARS && reason === null) {
					reason = 'cell_too_long';
					badText = raw;
					badColumn = sink.spec.header;
				}
				const text: string = reason === 'cell_too_long' ? '' : cleanCell(raw);
				cells[s] = text;
				if (sink.kind === 'day') {
					let d = sink.lastDay;
					if (text !== sink.lastText) {
						d = text === '' ? NaN : parseDate(text, sink.spec.dateFormat ?? 'ymd');
						sink.lastText = text;
						sink.lastDay = d;
						if (sink.order) sink.lastClass = dateOrderClass(text, d, sink.order.format);
					}
					parsed[s] = d;
					if (sink.order && sink.lastClass)
						noteDateOrder(sink.order, sink.lastClass, line, () => text);
					if (sink === this.dateSink && isTx && reason === null) {
						if (Number.isNaN(d)) reason = 'bad_date';
						else if (d < DAY_1900) reason = 'date_before_1900';
						else if (d > this.today) reason = 'date_in_future';
						if (reason) {
							badText = text;
							badColumn = sink.spec.header;
						}
					}
				} else if (sink.kind === 'number') {
					let n = text === '' ? NaN : parseNumber(text, sink.spec.decimal ?? '.');
					// -0 is stored as 0 (1 / -0 is -Infinity downstream).
					if (n === 0) n = 0;
					if (Math.abs(n) > MAX_AMOUNT) {
						if (sink === this.amountSink && reason === null) {
							reason = 'amount_too_large';
							badText = text;
							badColumn = sink.spec.header;
						}
						n = NaN;
					}
					parsed[s] = n;
					if (sink === this.amountSink && reason === null && Number.isNaN(n)) {
						reason = text === '' ? 'missing_amount' : 'bad_amount';
						badText = text;
						badColumn = sink.spec.header;
					} else if (Number.isNaN(n) && text !== '' && kind !== 'summary') {
						blanked++;
					} else if (
						Number.isNaN(n) &&
						kind === 'summary' &&
						reason === null &&
						sink.spec.role !== 'monetary'
					) {
						reason = 'bad_number';
						badText = text;
						badColumn = sink.spec.header;
					}
				}
				if (sink === this.customerSink && text === '' && reason === null && kind !== 'survey') {
					reason = 'missing_customer';
					badText = row.join(',');
					badColumn = sink.spec.header;
				}
			}
			if (reason) {
				this.reject(line, reason, badText, badColumn);
				continue;
			}
			if (isTx && this.amountSink) {
				const a = parsed[this.sinks.indexOf(this.amountSink)];
				if (a < 0 && this.mapping.returns === 'drop') {
					this.reject(line, 'return_dropped', cells[this.sinks.indexOf(this.amountSink)]);
					continue;
				}
			}
			this.lines.push(line);
			for (let s = 0; s < this.sinks.length; s++) {
				const sink = this.sinks[s];
				if (sink.kind === 'dict') sink.dict.push(cells[s] === '' ? null : cells[s]);
				else if (sink.kind === 'day')
					sink.values.push(Number.isNaN(parsed[s]) ? MISSING_DAY : parsed[s]);
				else sink.values.push(parsed[s]);
			}
			if (isTx && this.amountSink) {
				const a = parsed[this.sinks.indexOf(this.amountSink)];
				if (a === 0) this.report.zeroAmounts++;
				else if (a < 0) {
					this.report.negativeAmounts++;
					this.negativeCents += toCents(a);
				}
			}
			this.report.blankedCells += blanked;
			this.report.accepted++;
		}
	}

	/**
	 * The columns, for a reader that parses cells from bytes itself (readByteRows): it pushes
	 * the values of a row it has checked would be accepted as is, then calls acceptedRow.
	 */
	byteTargets(): ByteTarget[] {
		return this.sinks.map((sink) => ({
			index: sink.spec.index,
			kind: sink.kind,
			dict: sink.kind === 'dict' ? sink.dict : null,
			days: sink.kind === 'day' ? sink.values : null,
			numbers: sink.kind === 'number' ? sink.values : null,
			dateFormat: sink.spec.dateFormat ?? 'ymd',
			decimal: sink.spec.decimal ?? '.',
			checkRange: sink === this.dateSink && this.mapping.kind === 'transactions',
			order: sink.kind === 'day' ? sink.order : null,
			isAmount: sink === this.amountSink && this.mapping.kind === 'transactions'
		}));
	}

	/** The fields every accepted row must have. */
	get fieldsNeeded(): number {
		return this.needFields;
	}

	/** Dates after this day are typos (rejected): the row goes through addRows instead. */
	get lastValidDay(): number {
		return this.today;
	}

	/** Counts a row whose values a byte-level reader pushed (see byteTargets). */
	acceptedRow(line: number, amount: number): void {
		const report = this.report;
		report.rowsRead++;
		this.lines.push(line);
		if (amount === 0) report.zeroAmounts++;
		else if (amount < 0) {
			report.negativeAmounts++;
			this.negativeCents += toCents(amount);
		}
		report.accepted++;
	}

	/** A blank line after the header. */
	emptyRow(): void {
		this.report.emptyRows++;
	}

	/** Every row added, before the whole-file steps (duplicates, statistics). Called once, last. */
	partial(): PartialDataset {
		const columns: Record<string, StoredColumn> = emptyRecord();
		const fields: Field[] = [];
		for (const sink of this.sinks) {
			let col: StoredColumn;
			// take(): the growing buffers go, so a finished part holds its columns once. Pre-sized
			// ones are kept as views instead: copying them would hold them twice at the peak.
			const sized = this.capacity !== undefined;
			if (sink.kind === 'dict')
				col = dictColumnOf(sized ? sink.dict.codes.view() : sink.dict.codes.take(), sink.dict);
			else if (sink.kind === 'day')
				col = { type: 'day', values: sized ? sink.values.view() : sink.values.take() };
			else col = { type: 'number', values: sized ? sink.values.view() : sink.values.take() };
			columns[sink.key] = col;
			fields.push({
				key: sink.key,
				header: sink.spec.header,
				role: sink.spec.role,
				type: col.type
			});
		}
		this.report.negativeTotal = fromCents(toCents(this.report.negativeTotal) + this.negativeCents);
		this.negativeCents = 0;
		const dictionaries: Record<string, Dictionary> = emptyRecord();
		for (const sink of this.sinks) if (sink.kind === 'dict') dictionaries[sink.key] = sink.dict;
		return {
			fields,
			columns,
			lines: this.capacity !== undefined ? this.lines.view() : this.lines.take(),
			report: this.report,
			exampleCount: this.exampleCount,
			dictionaries
		};
	}

	finish(): ParsedDataset {
		return completeDataset(this.mapping, this.partial());
	}
}

/** A column as a byte-level reader fills it (DatasetBuilder.byteTargets). */
export interface ByteTarget {
	/** The cell's field index in the row. */
	index: number;
	kind: 'dict' | 'day' | 'number';
	dict: Dictionary | null;
	days: GrowableInt32 | null;
	numbers: GrowableFloat64 | null;
	dateFormat: DateFormat;
	decimal: DecimalMark;
	/** The transactions' date: a day before 1900 or after today rejects the row. */
	checkRange: boolean;
	/** The transactions' amount: counted as zero or negative; dropped when returns are dropped. */
	isAmount: boolean;
	/** A day/month date column's evidence about its order, counted for every row accepted. */
	order: DateOrderEvidence | null;
}

/** The rows of one file (or of one part of it, see mergePartials) before the whole-file steps. */
export interface PartialDataset {
	fields: Field[];
	columns: Record<string, StoredColumn>;
	/** Line (record) number of every accepted row. */
	lines: Int32Array;
	/** Records read, header and blank lines included, when the reader counted them. */
	records?: number;
	report: ValidationReport;
	/** Examples kept so far per reason (capped at EXAMPLES_PER_REASON). */
	exampleCount: Partial<Record<RejectReason, number>>;
	/**
	 * The dictionaries that coded the dict columns, while the part stays in the worker that
	 * made it: joining a second part then only looks up that part's labels. Not cloneable —
	 * dropped before a part is posted.
	 */
	dictionaries?: Record<string, Dictionary>;
}

/** Counts a rejected row and keeps it as an example while its reason has fewer than the cap. */
export function rejectRow(
	report: ValidationReport,
	exampleCount: Partial<Record<RejectReason, number>>,
	line: number,
	reason: RejectReason,
	text: string,
	column?: string
): void {
	const r = report.rejected;
	r.total++;
	r.byReason[reason] = (r.byReason[reason] ?? 0) + 1;
	const n = exampleCount[reason] ?? 0;
	if (n < EXAMPLES_PER_REASON) {
		exampleCount[reason] = n + 1;
		r.examples.push({
			line,
			reason,
			column,
			text: text.length > 200 ? text.slice(0, 200) + '…' : text
		});
	}
}

/** The whole-file steps: exact duplicates (reported, or dropped by the mapping) and statistics. */
export function completeDataset(mapping: Mapping, p: PartialDataset): ParsedDataset {
	const { columns, fields, report } = p;
	let rows = report.accepted;
	const dup = findDuplicates(Object.values(columns), rows);
	report.duplicates = dup.count;
	if (mapping.dropDuplicates && dup.count > 0) {
		for (let i = 0; i < rows; i++)
			if (dup.flags[i])
				rejectRow(report, p.exampleCount, p.lines[i], 'duplicate', rowText(columns, fields, i));
		const amount = mapping.kind === 'transactions' && columns.amount ? report : null;
		rows = compact(columns, dup.flags, rows, amount);
		report.accepted = rows;
	}
	return {
		kind: mapping.kind,
		rows,
		fields,
		columns,
		report,
		stats: datasetStats(columns, rows)
	};
}

function datasetStats(columns: Record<string, StoredColumn>, rows: number): ParsedDataset['stats'] {
	const id = columns.customerId;
	const date = columns.date ?? columns.signupDate;
	const amount = columns.amount;
	let customers = 0;
	if (id && id.type === 'dict') customers = labelCount(id);
	let firstDay: number | null = null;
	let lastDay: number | null = null;
	if (date && date.type === 'day') {
		for (let i = 0; i < rows; i++) {
			const d = date.values[i];
			if (d === MISSING_DAY) continue;
			if (firstDay === null || d < firstDay) firstDay = d;
			if (lastDay === null || d > lastDay) lastDay = d;
		}
	}
	let revenue: number | null = null;
	// Summed in cents: exact to the cent (a float sum of large amounts is not).
	if (amount && amount.type === 'number') revenue = sumMoney(amount.values, rows);
	return { customers, firstDay, lastDay, revenue };
}

function cellValue(col: StoredColumn, i: number): string {
	if (col.type === 'dict') return col.codes[i] < 0 ? '' : col.labels[col.codes[i]];
	if (col.type === 'day') return col.values[i] === MISSING_DAY ? '' : isoFromDay(col.values[i]);
	return Number.isNaN(col.values[i]) ? '' : String(col.values[i]);
}

function rowText(columns: Record<string, StoredColumn>, fields: Field[], i: number): string {
	return fields.map((f) => cellValue(columns[f.key], i)).join(',');
}

/**
 * Rows equal in every stored column to an earlier row, found with an open-addressing hash
 * table over the typed columns — no per-row strings, so a million rows take milliseconds.
 */
export function findDuplicates(
	cols: StoredColumn[],
	rows: number
): { count: number; flags: Uint8Array } {
	const flags = new Uint8Array(rows);
	// A column with a different value in every row (unique order or line ids) makes every row
	// different: one pass over its codes instead of hashing all columns.
	if (cols.some((c) => c.type === 'dict' && allDistinct(c.codes, labelCount(c), rows)))
		return { count: 0, flags };
	let size = 1;
	while (size < rows * 2) size <<= 1;
	const table = new Int32Array(size).fill(-1);
	const f64 = new Float64Array(1);
	const u32 = new Uint32Array(f64.buffer);
	const hash = (i: number) => {
		let h = 0x811c9dc5;
		for (const c of cols) {
			if (c.type === 'number') {
				f64[0] = c.values[i];
				h = Math.imul(h ^ u32[0], 0x01000193);
				h = Math.imul(h ^ u32[1], 0x01000193);
			} else h = Math.imul(h ^ (c.type === 'dict' ? c.codes[i] : c.values[i]), 0x01000193);
		}
		return h >>> 0;
	};
	const same = (a: number, b: number) => {
		for (const c of cols) {
			if (c.type === 'dict') {
				if (c.codes[a] !== c.codes[b]) return false;
			} else if (!Object.is(c.values[a], c.values[b])) return false;
		}
		return true;
	};
	let count = 0;
	for (let i = 0; i < rows; i++) {
		let slot = hash(i) & (size - 1);
		for (;;) {
			const j = table[slot];
			if (j === -1) {
				table[slot] = i;
				break;
			}
			if (same(i, j)) {
				flags[i] = 1;
				count++;
				break;
			}
			slot = (slot + 1) & (size - 1);
		}
	}
	return { count, flags };
}

function allDistinct(codes: Int32Array, labels: number, rows: number): boolean {
	if (labels < rows) return false;
	const seen = new Uint8Array(labels);
	for (let i = 0; i < rows; i++) {
		const c = codes[i];
		if (c < 0 || seen[c]) return false;
		seen[c] = 1;
	}
	return true;
}

/** Removes flagged rows from every column in place (new arrays); returns the new length. */
function compact(
	columns: Record<string, StoredColumn>,
	drop: Uint8Array,
	rows: number,
	report: ValidationReport | null
): number {
	const amount = columns.amount;
	if (report && amount && amount.type === 'number') {
		for (let i = 0; i < rows; i++) {
			if (!drop[i]) continue;
			const a = amount.values[i];
			if (a === 0) report.zeroAmounts--;
			else if (a < 0) {
				report.negativeAmounts--;
				report.negativeTotal = fromCents(toCents(report.negativeTotal) - toCents(a));
			}
		}
	}
	let kept = 0;
	for (let i = 0; i < rows; i++) if (!drop[i]) kept++;
	for (const [key, col] of Object.entries(columns)) {
		const src = col.type === 'dict' ? col.codes : col.values;
		const out = col.type === 'number' ? new Float64Array(kept) : new Int32Array(kept);
		for (let i = 0, k = 0; i < rows; i++) if (!drop[i]) out[k++] = src[i];
		columns[key] =
			col.type === 'dict'
				? { ...col, codes: out as Int32Array }
				: col.type === 'day'
					? { type: 'day', values: out as Int32Array }
					: { type: 'number', values: out as Float64Array };
	}
	return kept;
}
