import type { Delimiter } from '../sniff/detectDelimiter';
import type { TextEncodingName } from '../sniff/detectEncoding';
import type { DateFormat } from '../values/parseDate';
import type { DecimalMark } from '../values/parseNumber';
import type { Role } from './headerSynonyms';
import type { LayoutMapping } from './layouts/types';

export type DatasetKind = 'transactions' | 'customers' | 'survey' | 'summary' | 'complaints';
export const DATASET_KINDS: DatasetKind[] = [
	'transactions',
	'customers',
	'survey',
	'summary',
	'complaints'
];

export type ValueType = 'id' | 'text' | 'number' | 'date';

export interface ColumnSpec {
	index: number;
	header: string;
	role: Role;
	type: ValueType;
	dateFormat?: DateFormat;
	decimal?: DecimalMark;
}

export interface FormatSpec {
	encoding: TextEncodingName;
	delimiter: Delimiter;
	hasHeader: boolean;
	/** A workbook's sheet (issue 17): the sheet read, as CSV text, by everything after it. */
	sheet?: string;
}

/** Everything needed to turn a file's rows into a dataset: confirmed by the user in the preview. */
export interface Mapping extends FormatSpec {
	kind: DatasetKind;
	columns: ColumnSpec[];
	/** Returns (negative amounts): net them per customer (keep) or drop them. */
	returns: 'net' | 'drop';
	dropDuplicates: boolean;
	/** A recognised shop export (issue 23): its rows are folded into orders under a status policy. */
	layout?: LayoutMapping;
}

/** The roles each kind needs; the mapping step refuses to import without them. */
export const REQUIRED_ROLES: Record<DatasetKind, Role[]> = {
	transactions: ['customerId', 'date'],
	customers: ['customerId'],
	survey: [],
	summary: ['customerId', 'frequency', 'recency', 'T'],
	// A complaint log (issue 18): one row per complaint, read like a survey (items and groups).
	complaints: ['customerId']
};

/** Roles offered per kind in the mapping step, in display order. */
export const KIND_ROLES: Record<DatasetKind, Role[]> = {
	transactions: [
		'customerId',
		'date',
		'amount',
		'orderId',
		'quantity',
		'category',
		'channel',
		'cost',
		'ignore'
	],
	customers: ['customerId', 'signupDate', 'churnDate', 'churnFlag', 'attribute', 'ignore'],
	survey: ['customerId', 'date', 'item', 'group', 'ignore'],
	summary: ['customerId', 'frequency', 'recency', 'T', 'monetary', 'ignore'],
	complaints: ['customerId', 'date', 'item', 'group', 'ignore']
};

/** The type a role's values are read as. */
export function roleType(role: Role, fallback: ValueType): ValueType {
	switch (role) {
		case 'customerId':
		case 'orderId':
			return 'id';
		case 'date':
		case 'signupDate':
		case 'churnDate':
			return 'date';
		case 'amount':
		case 'quantity':
		case 'cost':
		case 'frequency':
		case 'recency':
		case 'T':
		case 'monetary':
		case 'item':
			return 'number';
		case 'category':
		case 'channel':
		case 'group':
		case 'churnFlag':
			return 'text';
		default:
			return fallback;
	}
}
