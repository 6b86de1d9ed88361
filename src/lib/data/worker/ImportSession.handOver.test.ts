// The commit hands the columns over (issue 22): it transfers them to the engine's port instead of
// posting a copy. What the engine ends with must be what the copy gave (the same columns, labels
// and rows), IndexedDB must store the same dataset although the columns are gone from the import
// worker by the time it is written (a write that read a transferred buffer would store empty
// chunks), and the columns must really have moved: their buffers are detached afterwards.
// The reference is the copy path as it was before: importBytes on the whole file, packed with
// packLabels, structured-cloned, unpacked.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportSession } from './ImportSession';
import type { ImportResponse } from './protocol';
import type { Mapping } from '../map/types';
import { openWorkbenchDb } from '../db/openWorkbenchDb';
import { loadDataset } from '../db/datasetStore';
import { importBytes } from '../pipeline/importBytes';
import { previewFile } from '../pipeline/previewFile';
import { packLabels, unpackLabels, type PackedDataset } from '../tables/packLabels';
import type { ColumnarDataset } from '../tables/toTables';
import type { ParsedDataset } from '../validate/types';

const TODAY = 20_454; // 2026-01-01
const enc = new TextEncoder();
const H = 'id,order,date,amount,note\n';
const hostile = (name: string) => readFileSync(`tests/fixtures/hostile/${name}`);

const files: [string, Uint8Array, Partial<Mapping>?][] = [
	[
		'plain',
		enc.encode(`${H}C1,1001,2024-01-02,10,a\nC2,1002,2024-01-03,5.5,b\nC1,1003,2024-02-01,-3,c\n`)
	],
	[
		'Chinese and astral labels, quotes, CRLF',
		enc.encode(
			'id,order,date,amount,note\r\n客户甲,A-1,2024-01-02,10,"😀,x"\r\n"客户\r\n乙",A-2,2024-01-03,5,é\r\n客户甲,A-3,2024-01-05,2,ß\r\n'
		)
	],
	[
		'exact duplicates dropped, rejected rows',
		enc.encode(`${H}C1,1,2024-01-02,10,a\nC1,1,2024-01-02,10,a\nC2,2,bad,5,b\n,3,2024-01-04,1,c\n`),
		{ dropDuplicates: true }
	],
	[
		'one empty dictionary (every note blank)',
		enc.encode(`${H}C1,7,2024-01-02,1,\nC2,8,2024-01-03,2,\n`)
	],
	['ragged rows', hostile('ragged-rows.csv')],
	['control characters', hostile('control-characters.csv')],
	['formulas and HTML', hostile('formulas-html.csv')],
	['extreme numbers', hostile('extreme-numbers.csv')]
];

function mappingOf(bytes: Uint8Array, over: Partial<Mapping> = {}): Mapping {
	return { ...previewFile(bytes, 'file.csv').mapping, ...over };
}

/** The copy path as it was: the whole-file import, packed, cloned, unpacked. */
function copied(ds: ParsedDataset): ColumnarDataset {
	return unpackLabels(structuredClone(packLabels(ds)));
}

/** A dataset as plain data (labels read through their getters), to compare with toEqual. */
const plain = (ds: ColumnarDataset) => ({
	rows: ds.rows,
	fields: ds.fields,
	columns: Object.fromEntries(
		Object.entries(ds.columns).map(([k, c]) => [
			k,
			c.type === 'dict' ? { codes: [...c.codes], labels: [...c.labels] } : [...c.values]
		])
	)
});

let dbs = 0;

/** Previews, validates and commits `bytes` with a port to a stand-in engine; what it received. */
async function commitThroughPort(bytes: Uint8Array, mapping: Mapping, sliced: boolean) {
	const posted: ImportResponse[] = [];
	const db = await openWorkbenchDb(`hand-over-${++dbs}`);
	const s = new ImportSession({
		post: (m) => posted.push(m),
		openDb: async () => db,
		startHelper: () => Promise.reject(new Error('no helper worker in Node'))
	});
	await s.preview({
		type: 'preview',
		file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
		name: 'f.csv',
		overrides: {}
	});
	// slicedFrom 1: the file is read in slices, as one of 64 MB and more is.
	await s.validate({ type: 'validate', mapping, today: TODAY, slicedFrom: sliced ? 1 : undefined });
	// The validated columns, reached past `private` only to see that they are detached afterwards.
	const validated = (s as unknown as { validated: { parsed: ParsedDataset } }).validated.parsed;
	const channel = new MessageChannel();
	const received = new Promise<PackedDataset>((resolve) => {
		channel.port2.onmessage = (e: MessageEvent<PackedDataset>) => resolve(e.data);
	});
	await s.commit({
		type: 'commit',
		meta: { id: 'd1', name: 'F', importedAt: '2026-01-01T00:00:00.000Z' },
		persist: true,
		engine: channel.port1
	});
	const engine = unpackLabels(await received);
	channel.port1.close();
	channel.port2.close();
	const stored = await loadDataset(db!, 'd1');
	return { validated, engine, stored, posted };
}

describe('ImportSession: the commit transfers the columns, with the copy’s result', () => {
	for (const sliced of [false, true])
		it.each(files)(`%s${sliced ? ' (read in slices)' : ''}`, async (_name, bytes, over) => {
			const mapping = mappingOf(bytes, over);
			const expected = plain(copied(importBytes(bytes, mapping, TODAY)));
			const { validated, engine, stored, posted } = await commitThroughPort(bytes, mapping, sliced);
			expect(posted.filter((m) => m.type === 'error' || m.type === 'problem')).toEqual([]);
			expect(plain(engine)).toEqual(expected);
			// Written after the transfer, from what was encoded before it.
			expect(stored).not.toBeNull();
			expect(plain({ ...stored!.record, columns: stored!.columns })).toEqual(expected);
			expect(posted.find((m) => m.type === 'committed')).toMatchObject({ persisted: true });
			// Moved, not copied: every column buffer the import worker had is detached now.
			for (const c of Object.values(validated.columns))
				expect((c.type === 'dict' ? c.codes : c.values).buffer.byteLength).toBe(0);
		});
});
