// Row checks for a file read in batches: the import's own DatasetBuilder accepts or rejects each
// row, so a streamed file keeps exactly the rows the app would keep. Only the columns the
// summaries read are stored; the rules that depend on the other mapped columns (too few fields,
// a cell past Excel's limit) are applied here first, so no row is kept that the app rejects.
import type { Role } from '../map/headerSynonyms';
import type { Mapping } from '../map/types';
import { DatasetBuilder, MAX_CELL_CHARS } from '../validate/DatasetBuilder';
import type { RejectReason } from '../validate/types';
import type { RowBlock } from './RowBlock';
import type { RecordBatch } from './RecordSplitter';

export interface StreamReport {
	rowsRead: number;
	accepted: number;
	rejected: number;
	byReason: Partial<Record<RejectReason, number>>;
	/** Last day of any accepted row (returns too): the default analysis date comes from it. */
	lastDay: number | null;
	/** First day of an accepted purchase (not a return): the oldest cohort. */
	firstPurchaseDay: number | null;
}

const isBlank = (row: string[]) => row.length === 1 && row[0].trim() === '';

export class StreamValidator {
	readonly report: StreamReport = {
		rowsRead: 0,
		accepted: 0,
		rejected: 0,
		byReason: {},
		lastDay: null,
		firstPurchaseDay: null
	};
	private mapping: Mapping;
	private headerSkipped: boolean;
	/** Fields a row needs under the full mapping (the builder only sees the kept columns). */
	private needFields = 0;
	/** Mapped columns that are not kept: a cell there past MAX_CELL_CHARS still rejects the row. */
	private droppedColumns: number[] = [];

	constructor(
		full: Mapping,
		private today: number,
		keep: Role[]
	) {
		this.mapping = {
			...full,
			columns: full.columns.map((c) => (keep.includes(c.role) ? c : { ...c, role: 'ignore' })),
			// Duplicates across batches cannot be seen here; the app keeps them by default too.
			dropDuplicates: false
		};
		for (const c of full.columns) {
			if (c.role === 'ignore') continue;
			this.needFields = Math.max(this.needFields, c.index + 1);
			if (!keep.includes(c.role)) this.droppedColumns.push(c.index);
		}
		this.headerSkipped = !full.hasHeader;
	}

	/** The batch's accepted rows as a block (null when none was accepted). */
	add(batch: RecordBatch): RowBlock | null {
		let rows = batch.rows;
		let first = batch.firstRecord;
		if (!this.headerSkipped) {
			// As importText: blank lines before the header, then the header itself.
			let k = 0;
			while (k < rows.length && isBlank(rows[k])) k++;
			if (k === rows.length) return null;
			this.headerSkipped = true;
			rows = rows.slice(k + 1);
			first += k + 1;
		}
		const builder = new DatasetBuilder(this.mapping, this.today);
		const bad = new Set(batch.badRecords);
		for (const r of batch.badRecords) builder.markBadRecord(r);
		// Rows the full mapping rejects are counted here; the rest go on in contiguous runs so
		// the builder's record numbers (and the bad records) stay right.
		let runStart = 0;
		for (let i = 0; i < rows.length; i++) {
			const reason = bad.has(first + i) ? null : this.precheck(rows[i]);
			if (reason === null) continue;
			if (i > runStart) builder.addRows(rows.slice(runStart, i), first + runStart);
			runStart = i + 1;
			this.report.rowsRead++;
			this.countReject(reason, 1);
		}
		if (runStart < rows.length)
			builder.addRows(runStart === 0 ? rows : rows.slice(runStart), first + runStart);
		const ds = builder.finish();
		const rep = ds.report;
		this.report.rowsRead += rep.rowsRead;
		this.report.accepted += rep.accepted;
		for (const [reason, n] of Object.entries(rep.rejected.byReason))
			this.countReject(reason as RejectReason, n ?? 0);
		if (ds.rows === 0) return null;
		const id = ds.columns.customerId;
		const date = ds.columns.date;
		const amount = ds.columns.amount;
		const order = ds.columns.orderId;
		if (!id || id.type !== 'dict' || !date || date.type !== 'day')
			throw new Error('the mapping needs a customer id and a date column');
		const amounts = amount && amount.type === 'number' ? amount.values : null;
		this.noteDays(date.values, amounts);
		return {
			rows: ds.rows,
			customerLabels: id.labels,
			customer: id.codes,
			day: date.values,
			amount: amounts,
			orderLabels: order && order.type === 'dict' ? order.labels : null,
			order: order && order.type === 'dict' ? order.codes : null
		};
	}

	private precheck(row: string[]): RejectReason | null {
		if (isBlank(row)) return null;
		if (row.length < this.needFields) return 'too_few_fields';
		for (const j of this.droppedColumns) {
			const cell = row[j];
			if (cell !== undefined && cell.length > MAX_CELL_CHARS) return 'cell_too_long';
		}
		return null;
	}

	private countReject(reason: RejectReason, n: number): void {
		this.report.rejected += n;
		this.report.byReason[reason] = (this.report.byReason[reason] ?? 0) + n;
	}

	private noteDays(days: Int32Array, amounts: Float64Array | null): void {
		let last = this.report.lastDay ?? -2147483648;
		let first = this.report.firstPurchaseDay ?? 2147483647;
		for (let i = 0; i < days.length; i++) {
			const d = days[i];
			if (d > last) last = d;
			if (d < first && (amounts === null || !(amounts[i] < 0))) first = d;
		}
		this.report.lastDay = last;
		if (first !== 2147483647) this.report.firstPurchaseDay = first;
	}
}
