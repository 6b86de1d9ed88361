// packColumns hands a dataset over as transferable buffers (issue 22). Checked against the copy
// path it replaces (packLabels, cloned): the same columns and labels on the other side, labels
// counted and measured the same without decoding them, and the sender's buffers detached — on
// their own and through the helper worker's road (two parts, each handed over, then joined).
import { describe, expect, it } from 'vitest';
import { packColumns } from './packColumns';
import { packLabels, transferables, unpackLabels } from './packLabels';
import { labelBytes, labelCount, packedLabels, packedLength, releaseLookups } from './lazyLabels';
import type { ColumnarDataset } from './toTables';
import type { Mapping } from '../map/types';
import { importBytes, importPartBytes } from '../pipeline/importBytes';
import { joinParts, secondPartMapping } from '../pipeline/importInParts';
import { previewFile } from '../pipeline/previewFile';
import type { PartialDataset } from '../validate/DatasetBuilder';

const TODAY = 20_454; // 2026-01-01
const enc = new TextEncoder();

/** Sent as a worker sends: the transfer list moves the buffers. */
const send = <T>(value: T, transfer: ArrayBuffer[]): T => structuredClone(value, { transfer });

const plain = (ds: ColumnarDataset) =>
	Object.fromEntries(
		Object.entries(ds.columns).map(([k, c]) => [
			k,
			c.type === 'dict' ? { codes: [...c.codes], labels: [...c.labels] } : [...c.values]
		])
	);

const files: [string, string][] = [
	['ASCII ids and order numbers', 'id,order,amount\nC1,100,1\nC2,101,2\nC1,102,3\n'],
	[
		'Chinese, astral and accented labels',
		'id,note,amount\n客户甲,😀x,1\n客户乙,é,2\n客户甲,𠀀,3\n'
	],
	['a column with no labels', 'id,note,amount\nC1,,1\nC2,,2\n'],
	['quoted labels with commas and line breaks', 'id,note,amount\n"a,b","x\ny",1\n"a,b",z,2\n']
];

const mappingOf = (bytes: Uint8Array): Mapping => previewFile(bytes, 'f.csv').mapping;

describe('packColumns', () => {
	it.each(files)('%s: what arrives equals the copy, and the sender keeps nothing', (_n, text) => {
		const bytes = enc.encode(text);
		const mapping = mappingOf(bytes);
		const copy = unpackLabels(structuredClone(packLabels(importBytes(bytes, mapping, TODAY))));
		const ds = importBytes(bytes, mapping, TODAY);
		for (const c of Object.values(ds.columns)) if (c.type === 'dict') releaseLookups(c);
		// Counted and measured from the bytes as packLabels' string would count them.
		for (const c of Object.values(ds.columns)) {
			if (c.type !== 'dict') continue;
			expect(labelCount(c)).toBe(c.labels.length);
			expect(packedLength(c)).toBe(packedLabels(c).length);
			expect(new TextDecoder().decode(labelBytes(c))).toBe(packedLabels(c));
		}
		const packed = packColumns(ds);
		const arrived = unpackLabels(send(packed, transferables(packed)));
		expect(plain(arrived)).toEqual(plain(copy));
		for (const c of Object.values(arrived.columns))
			if (c.type === 'dict') {
				expect(labelCount(c)).toBe(c.labels.length);
				expect(packedLabels(c)).toBe(c.labels.join('\u0000'));
			}
		for (const c of Object.values(ds.columns))
			expect((c.type === 'dict' ? c.codes : c.values).buffer.byteLength).toBe(0);
	});

	it('a single empty label survives (the count travels with the bytes)', () => {
		const ds: ColumnarDataset = {
			rows: 1,
			fields: [{ key: 'x', header: 'x', role: 'category', type: 'dict' }],
			columns: { x: { type: 'dict', codes: Int32Array.of(0), labels: [''] } }
		};
		const arrived = unpackLabels(structuredClone(packColumns(ds)));
		expect(arrived.columns.x).toMatchObject({ labels: [''] });
		expect(
			labelCount(arrived.columns.x as Extract<typeof arrived.columns.x, { type: 'dict' }>)
		).toBe(1);
	});

	it('lists each buffer once (postMessage refuses a buffer listed twice)', () => {
		const shared = new Int32Array(4);
		const ds: ColumnarDataset = {
			rows: 2,
			fields: [],
			columns: {
				a: { type: 'day', values: shared.subarray(0, 2) },
				b: { type: 'day', values: shared.subarray(2, 4) }
			}
		};
		expect(transferables(packColumns(ds))).toEqual([shared.buffer]);
	});

	it.each(files)('%s: two parts handed over as the helper does, then joined', (_n, text) => {
		const bytes = enc.encode(text + text.slice(text.indexOf('\n') + 1));
		const mapping = mappingOf(bytes);
		const at = bytes.indexOf(0x0a, bytes.length >> 1) + 1;
		const first = importPartBytes(bytes.subarray(0, at), mapping, TODAY);
		const own = importPartBytes(bytes.subarray(at), secondPartMapping(mapping), TODAY);
		// partWorker: lookups released, columns packed and transferred, dictionaries left behind.
		for (const c of Object.values(own.columns)) if (c.type === 'dict') releaseLookups(c);
		const packed = packColumns({
			rows: own.report.accepted,
			fields: own.fields,
			columns: own.columns
		});
		const { columns } = unpackLabels({
			rows: 0,
			fields: own.fields,
			columns: send(packed.columns, transferables(packed))
		});
		const second: PartialDataset = { ...own, columns, dictionaries: undefined };
		const joined = joinParts(mapping, first, second, { at, records: first.records! });
		expect(plain(joined)).toEqual(plain(importBytes(bytes, mapping, TODAY)));
	});
});
