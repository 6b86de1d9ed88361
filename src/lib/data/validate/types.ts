import type { ColumnSpec, DatasetKind } from '../map/types';
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
