import type { ColumnEncoding, StoredArray } from './columnCodec';
import type { Mapping, DatasetKind } from '../map/types';
import type { DatasetStats, Field, ValidationReport } from '../validate/types';

export interface DatasetRecord {
	id: string;
	name: string;
	kind: DatasetKind;
	rows: number;
	fields: Field[];
	stats: DatasetStats;
	/** The report without its full example list (kept small). */
	report: ValidationReport;
	mapping: Mapping;
	sourceName: string;
	sourceBytes: number;
	/** Bytes of typed arrays and labels stored. */
	storedBytes: number;
	/** ISO timestamp of the import (bookkeeping only; analytics never read it). */
	importedAt: string;
	/** Sample the dataset came from, if any (e.g. 'retail'). */
	sample?: string;
	/**
	 * The currency of its amounts (an ISO code of analytics/currency.ts), detected at import or
	 * chosen there; absent = unknown, and money shows without a unit. A plain property: no index.
	 */
	currency?: string;
}

export interface ChunkRecord {
	datasetId: string;
	index: number;
	rows: number;
	columns: Record<string, StoredArray>;
	/** Per column, how it is packed (columnCodec); absent = a plain Int32Array / Float64Array. */
	enc?: Record<string, ColumnEncoding>;
}

export interface DictRecord {
	datasetId: string;
	key: string;
	/** Labels joined by NUL (never part of a cell: the import removes NULs); one string stores fast. */
	labels?: string;
	/** Instead of `labels`, when every label is a canonical integer (columnCodec.encodeLabels). */
	ints?: StoredArray;
	intsEnc?: ColumnEncoding;
	count?: number;
}

export interface MappingRecord {
	signature: string;
	mapping: Mapping;
	savedAt: string;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}
