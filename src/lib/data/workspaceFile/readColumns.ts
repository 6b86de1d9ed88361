// A dataset's columns out of the payload: every slice is bounds-checked and checksummed,
// lengths must match the row count, and dictionary codes must point at a label (or be -1,
// missing), so an analysis never meets an array it cannot index.
import type { DatasetRecord } from '../db/records';
import type { StoredColumn } from '../validate/types';
import { array, count, invalid, object, string } from './check';
import { crc32 } from './crc32';
import type { PayloadRef } from './format';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';
import { emptyRecord } from '../../analytics/emptyRecord';

function slice(raw: unknown, path: string, payload: Uint8Array, bytes: number): Uint8Array {
	const ref = object(raw, path);
	const r: PayloadRef = {
		offset: count(ref.offset, `${path}.offset`),
		length: count(ref.length, `${path}.length`),
		crc32: count(ref.crc32, `${path}.crc32`)
	};
	if (bytes >= 0 && r.length !== bytes) invalid(`${path}.length`);
	if (r.offset + r.length > payload.length)
		throw new WorkspaceFileProblem('corrupt_file', { detail: `${path} lies past the end` });
	const part = payload.subarray(r.offset, r.offset + r.length);
	if (crc32(part) !== r.crc32)
		throw new WorkspaceFileProblem('corrupt_file', { detail: `${path} checksum` });
	return part;
}

/** A fresh, aligned copy (a view would keep the whole file alive and may be misaligned). */
function int32(part: Uint8Array): Int32Array {
	return new Int32Array(part.slice().buffer);
}

export function readColumns(
	record: DatasetRecord,
	rawColumns: unknown,
	payload: Uint8Array,
	path: string
): Record<string, StoredColumn> {
	const entries = array(rawColumns, `${path}.columns`);
	if (entries.length !== record.fields.length) invalid(`${path}.columns`);
	const columns: Record<string, StoredColumn> = emptyRecord();
	entries.forEach((raw, i) => {
		const p = `${path}.columns[${i}]`;
		const e = object(raw, p);
		const key = string(e.key, `${p}.key`);
		const field = record.fields.find((f) => f.key === key);
		if (!field || field.type !== e.type || Object.hasOwn(columns, key)) invalid(p);
		const rows = record.rows;
		if (field.type === 'number') {
			const part = slice(e.values, `${p}.values`, payload, rows * 8);
			columns[key] = { type: 'number', values: new Float64Array(part.slice().buffer) };
		} else if (field.type === 'day') {
			columns[key] = {
				type: 'day',
				values: int32(slice(e.values, `${p}.values`, payload, rows * 4))
			};
		} else {
			const codes = int32(slice(e.codes, `${p}.codes`, payload, rows * 4));
			const n = count(e.count, `${p}.count`);
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(
					slice(e.labels, `${p}.labels`, payload, -1)
				);
			} catch (err) {
				if (err instanceof WorkspaceFileProblem) throw err;
				return invalid(`${p}.labels`);
			}
			const labels = n === 0 && text === '' ? [] : text.split('\u0000');
			if (labels.length !== n) invalid(`${p}.count`);
			for (let r = 0; r < codes.length; r++)
				if (codes[r] < -1 || codes[r] >= n) invalid(`${p}.codes[${r}]`);
			columns[key] = { type: 'dict', codes, labels };
		}
	});
	return columns;
}
