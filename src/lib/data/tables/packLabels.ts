// A dataset crossing the page on its way from the import worker to the engine worker: its
// dictionary labels travel as one NUL-joined string, because structured-cloning a million
// separate strings blocks the page for ~0.4 s while one string takes ~10 ms.
import { dictColumnFromBytes, dictColumnFromPacked, packedLabels } from './lazyLabels';
import type { ColumnarDataset } from './toTables';
import type { StoredColumn } from '../validate/types';
import { emptyRecord } from '../../analytics/emptyRecord';

export type PackedColumn =
	| StoredColumn
	| { type: 'dictPacked'; codes: Int32Array; labels: string }
	/** The labels' UTF-8, NUL-joined, `count` of them: transferred with the codes (packColumns). */
	| { type: 'dictBytes'; codes: Int32Array; bytes: Uint8Array; count: number };

export interface PackedDataset {
	rows: number;
	fields: ColumnarDataset['fields'];
	columns: Record<string, PackedColumn>;
}

export function packLabels(ds: ColumnarDataset): PackedDataset {
	const columns: Record<string, PackedColumn> = emptyRecord();
	for (const [k, c] of Object.entries(ds.columns))
		columns[k] =
			c.type === 'dict' ? { type: 'dictPacked', codes: c.codes, labels: packedLabels(c) } : c;
	return { rows: ds.rows, fields: ds.fields, columns };
}

export function unpackLabels(ds: PackedDataset): ColumnarDataset {
	const columns: Record<string, StoredColumn> = emptyRecord();
	for (const [k, c] of Object.entries(ds.columns))
		columns[k] =
			c.type === 'dictPacked'
				? dictColumnFromPacked(c.codes, c.labels)
				: c.type === 'dictBytes'
					? dictColumnFromBytes(c.codes, c.bytes, c.count)
					: c;
	return { rows: ds.rows, fields: ds.fields, columns };
}

/**
 * The typed-array buffers to transfer (not copy) with a dataset: each once (a buffer listed
 * twice makes postMessage throw), label bytes included.
 */
export function transferables(ds: PackedDataset | ColumnarDataset): ArrayBuffer[] {
	const out = new Set<ArrayBuffer>();
	for (const c of Object.values(ds.columns)) {
		out.add(('codes' in c ? c.codes.buffer : c.values.buffer) as ArrayBuffer);
		if (c.type === 'dictBytes') out.add(c.bytes.buffer as ArrayBuffer);
	}
	return [...out];
}
