// A dataset's columns out of the payload: every slice is bounds-checked and checksummed,
// lengths must match the row count, and dictionary codes must point at a label (or be -1,
// missing), so an analysis never meets an array it cannot index. Packed slices (version 2,
// columnPack.ts) are unpacked here; nothing is allocated for more values than the slice has
// bytes (each value takes at least one), so a declared length cannot make the tab allocate.
import type { DatasetRecord } from '../db/records';
import type { StoredColumn } from '../validate/types';
import { array, count, invalid, isObject, object, string } from './check';
import { MAX_PREFIX, MAX_WIDTH, numberedLabel, SCALES, type ColumnPack } from './columnPack';
import { crc32 } from './crc32';
import type { PayloadRef } from './format';
import { INT_PACKS, unpackInts, type IntPack } from './intPack';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';
import { emptyRecord } from '../../analytics/emptyRecord';

/** Characters numbered labels may expand to (256 MB as UTF-16): a guard, not a real size. */
export const MAX_LABEL_CHARS = 2 ** 27;

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

const isIntPack = (v: unknown): v is IntPack => INT_PACKS.includes(v as IntPack);

/** The column's packing, checked against its type; anything unknown is named by path. */
function readPack(raw: unknown, type: string, path: string): ColumnPack {
	const p = object(raw, path);
	if (p.type !== type) invalid(`${path}.type`);
	if (type === 'dict') {
		const codes = p.codes === 'i32' || isIntPack(p.codes) ? p.codes : invalid(`${path}.codes`);
		if (p.labels === 'text') return { type, codes, labels: 'text' };
		const l = object(p.labels, `${path}.labels`);
		const prefix = string(l.prefix, `${path}.labels.prefix`);
		const width = count(l.width, `${path}.labels.width`);
		if (prefix.length > MAX_PREFIX) invalid(`${path}.labels.prefix`);
		if (width < 1 || width > MAX_WIDTH) invalid(`${path}.labels.width`);
		const ints = isIntPack(l.ints) ? l.ints : invalid(`${path}.labels.ints`);
		return { type, codes, labels: { prefix, width, ints } };
	}
	if (type === 'day') {
		const values = p.values === 'i32' || isIntPack(p.values) ? p.values : invalid(`${path}.values`);
		return { type, values };
	}
	if (p.values === 'f64') return { type: 'number', values: 'f64' };
	const v = object(p.values, `${path}.values`);
	const scale = (SCALES as readonly unknown[]).includes(v.scale)
		? (v.scale as number)
		: invalid(`${path}.values.scale`);
	const ints = isIntPack(v.ints) ? v.ints : invalid(`${path}.values.ints`);
	return { type: 'number', values: { scale, ints } };
}

/** `n` values out of a packed slice, into a new array of `make(n)`; bounded before allocating. */
function unpacked<T extends Int32Array | Float64Array>(
	part: Uint8Array,
	n: number,
	pack: IntPack,
	path: string,
	make: (n: number) => T
): T {
	// Every value takes at least one byte: more values than bytes is a header that lies.
	if (n > part.length) invalid(`${path}.length`);
	const out = make(n);
	unpackInts(part, out, pack, path);
	return out;
}

function readLabels(
	e: Record<string, unknown>,
	pack: Extract<ColumnPack, { type: 'dict' }>,
	payload: Uint8Array,
	p: string
): string[] {
	const n = count(e.count, `${p}.count`);
	const part = slice(e.labels, `${p}.labels`, payload, -1);
	if (pack.labels !== 'text') {
		const { prefix, width, ints } = pack.labels;
		if (n * (prefix.length + MAX_WIDTH) > MAX_LABEL_CHARS)
			invalid(`${p}.count: ${n} labels would pass ${MAX_LABEL_CHARS} characters`);
		const numbers = unpacked(part, n, ints, `${p}.labels`, (k) => new Float64Array(k));
		const labels = new Array<string>(n);
		for (let i = 0; i < n; i++) {
			const x = numbers[i];
			if (!(x >= 0 && x < 10 ** MAX_WIDTH)) invalid(`${p}.labels[${i}]`);
			labels[i] = numberedLabel(prefix, width, x);
		}
		return labels;
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(part);
	} catch {
		return invalid(`${p}.labels`);
	}
	const labels = n === 0 && text === '' ? [] : text.split('\u0000');
	if (labels.length !== n) invalid(`${p}.count`);
	return labels;
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
		if (!isObject(e.pack)) invalid(`${p}.pack`);
		const pack = readPack(e.pack, field.type, `${p}.pack`);
		const rows = record.rows;
		if (pack.type === 'number') {
			if (pack.values === 'f64') {
				const part = slice(e.values, `${p}.values`, payload, rows * 8);
				columns[key] = { type: 'number', values: new Float64Array(part.slice().buffer) };
				return;
			}
			const { scale, ints } = pack.values;
			const part = slice(e.values, `${p}.values`, payload, -1);
			const values = unpacked(part, rows, ints, `${p}.values`, (n) => new Float64Array(n));
			// n / scale is the double nearest the decimal, as parsing its text gave at import.
			if (scale !== 1) for (let r = 0; r < rows; r++) values[r] = values[r] / scale;
			columns[key] = { type: 'number', values };
		} else if (pack.type === 'day') {
			const values =
				pack.values === 'i32'
					? int32(slice(e.values, `${p}.values`, payload, rows * 4))
					: unpacked(
							slice(e.values, `${p}.values`, payload, -1),
							rows,
							pack.values,
							`${p}.values`,
							(n) => new Int32Array(n)
						);
			columns[key] = { type: 'day', values };
		} else {
			const codes =
				pack.codes === 'i32'
					? int32(slice(e.codes, `${p}.codes`, payload, rows * 4))
					: unpacked(
							slice(e.codes, `${p}.codes`, payload, -1),
							rows,
							pack.codes,
							`${p}.codes`,
							(n) => new Int32Array(n)
						);
			const labels = readLabels(e, pack, payload, p);
			const n = labels.length;
			for (let r = 0; r < codes.length; r++)
				if (codes[r] < -1 || codes[r] >= n) invalid(`${p}.codes[${r}]`);
			columns[key] = { type: 'dict', codes, labels };
		}
	});
	return columns;
}
