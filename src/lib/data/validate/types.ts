import type { ColumnSpec, DatasetKind } from '../map/types';
import type { EncodingLines } from '../sniff/encodingLines';
import type { OrderReport } from '../orders/types';

export type StoredColumn =
	| { type: 'dict'; codes: Int32Array; labels: string[] }
	| { type: 'day'; values: Int32Array }
	| { type: 'number'; values: Float64Array };

export interface Field {
	/** Column key in `columns`: the role for single roles, else a unique name from the header. */
	key: string;
	header: string;
	role: ColumnSpec['role'];
	type: StoredColumn['type'];
}

export type RejectReason =
	| 'missing_customer'
	| 'bad_date'
	| 'date_before_1900'
	| 'date_in_future'
	| 'missing_amount'
	| 'bad_amount'
	| 'too_few_fields'
	| 'unclosed_quote'
	| 'duplicate'
	| 'return_dropped'
	| 'bad_number'
	| 'cell_too_long'
	| 'amount_too_large';

export interface RejectExample {
	line: number;
	reason: RejectReason;
	column?: string;
	text: string;
}

export interface ValidationReport {
	rowsRead: number;
	accepted: number;
	emptyRows: number;
	rejected: {
		total: number;
		byReason: Partial<Record<RejectReason, number>>;
		examples: RejectExample[];
	};
	/** Exact duplicates of an earlier row (kept unless the mapping drops them). */
	duplicates: number;
	zeroAmounts: number;
	negativeAmounts: number;
	negativeTotal: number;
	/** Cells that were not numbers in number columns of customers/survey data (kept as blank). */
	blankedCells: number;
	nulRemoved: number;
	replacedChars: number;
	/** A shop export read as orders (issue 23): statuses, folding and what each rule removed. */
	orders?: OrderReport;
	/**
	 * Per day/month date column (read as dmy or mdy): what every value said about the order.
	 * Absent on reports stored before it existed.
	 */
	dateOrder?: DateOrderEvidence[];
	/**
	 * Lines that are UTF-8 and lines that are not, when the encoding may not fit: the file was
	 * read as UTF-8 and characters were replaced, or it was read another way (GB18030) that
	 * turns UTF-8 lines into wrong characters without an error. Absent otherwise.
	 */
	encodingLines?: EncodingLines;
}

/** A value of a day/month date column and where it is. */
export interface DateOrderExample {
	line: number;
	text: string;
}

/**
 * What a day/month date column's values prove about their order: 13/1/2024 can only be
 * day-first, 1/13/2024 only month-first; 1/2/2024 proves nothing. Counted over every row read.
 */
export interface DateOrderEvidence {
	/** Column key in the dataset (see Field.key). */
	key: string;
	header: string;
	/** The column's index in the file's rows (ColumnSpec.index). */
	column: number;
	/** The order the column was read in. */
	format: 'dmy' | 'mdy';
	/** Rows whose value only the chosen order reads. */
	onlyChosen: number;
	/** Rows whose value only the other order reads: rejected (or blank) under the chosen one. */
	onlyOther: number;
	chosenExample: DateOrderExample | null;
	otherExample: DateOrderExample | null;
}

export interface DatasetStats {
	customers: number;
	firstDay: number | null;
	lastDay: number | null;
	revenue: number | null;
}

export interface ParsedDataset {
	kind: DatasetKind;
	rows: number;
	fields: Field[];
	columns: Record<string, StoredColumn>;
	report: ValidationReport;
	stats: DatasetStats;
}
