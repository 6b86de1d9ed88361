// The only module that reads and writes datasets in IndexedDB. Every import is one Dexie
// transaction over datasets, chunks and dicts: it completes or leaves the database as it was.
import Dexie from 'dexie';
import { labelBytes, labelCount, packedLength } from '../tables/lazyLabels';
import type { ParsedDataset, StoredColumn } from '../validate/types';
import { CHUNK_ROWS, WorkbenchDB } from './schema';
import type { ChunkRecord, DatasetRecord, DictRecord, MappingRecord } from './records';
import type { Mapping } from '../map/types';
import { decodeColumnInto, decodeLabels, encodeColumn, encodeLabelBytes } from './columnCodec';
import { emptyRecord, ownValue } from '../../analytics/emptyRecord';

export interface StoredDataset {
	record: DatasetRecord;
	columns: Record<string, StoredColumn>;
}

export class QuotaError extends Error {
	constructor(public neededBytes: number) {
		super('quota_exceeded');
	}
}

export function storedBytes(ds: ParsedDataset): number {
	let n = 0;
	for (const c of Object.values(ds.columns)) {
		if (c.type === 'dict') {
			// Two bytes per label char and one per label, counted on the packed labels (NUL-joined,
			// as UTF-8 when the dictionary keeps them so) so that a million labels are not decoded
			// just to be measured.
			const count = labelCount(c);
			const chars = count ? packedLength(c) - (count - 1) : 0;
			n += c.codes.byteLength + chars * 2 + count;
		} else n += c.values.byteLength;
	}
	return n;
}

function isQuotaError(e: unknown): boolean {
	const name = (e as { name?: string })?.name ?? '';
	const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
	return (
		name === 'QuotaExceededError' ||
		inner === 'QuotaExceededError' ||
		name === Dexie.errnames.QuotaExceeded
	);
}

export type DatasetMeta = Omit<
	DatasetRecord,
	'rows' | 'fields' | 'stats' | 'report' | 'kind' | 'storedBytes'
>;

/** What one import writes: the record, its column chunks and dictionaries, ready to put. */
export interface PreparedDataset {
	record: DatasetRecord;
	chunks: ChunkRecord[];
	dicts: DictRecord[];
}

/**
 * Cuts a parsed dataset into stored records (compact encodings, see columnCodec). Pure: the
 * import worker prepares, then transfers the columns to the engine, then writes — so nothing
 * it writes may be a view of a column (every chunk is a new array: see below).
 */
export function prepareDataset(ds: ParsedDataset, meta: DatasetMeta): PreparedDataset {
	const record: DatasetRecord = {
		...meta,
		kind: ds.kind,
		rows: ds.rows,
		fields: ds.fields,
		stats: ds.stats,
		report: {
			...ds.report,
			rejected: { ...ds.report.rejected, examples: ds.report.rejected.examples.slice(0, 200) }
		},
		storedBytes: 0
	};
	let bytes = 0;
	const chunks: ChunkRecord[] = [];
	for (let start = 0, index = 0; start < ds.rows || index === 0; start += CHUNK_ROWS, index++) {
		const end = Math.min(ds.rows, start + CHUNK_ROWS);
		const columns: ChunkRecord['columns'] = emptyRecord();
		const enc: NonNullable<ChunkRecord['enc']> = emptyRecord();
		for (const [key, col] of Object.entries(ds.columns)) {
			const e = encodeColumn((col.type === 'dict' ? col.codes : col.values).subarray(start, end));
			// Unencoded chunks are views: copied, so the stored chunk neither keeps the whole
			// column alive nor loses it when the column is transferred to the engine.
			columns[key] = e.enc ? e.data : e.data.slice();
			bytes += e.data.byteLength;
			if (e.enc) enc[key] = e.enc;
		}
		chunks.push({ datasetId: record.id, index, rows: end - start, columns, enc });
		if (ds.rows === 0) break;
	}
	const dicts: DictRecord[] = [];
	for (const [key, c] of Object.entries(ds.columns)) {
		if (c.type !== 'dict') continue;
		// From the dictionary's UTF-8: order numbers are checked without a string of them all.
		const labels = encodeLabelBytes(labelBytes(c), labelCount(c));
		bytes += labels.ints ? labels.ints.byteLength : (labels.labels?.length ?? 0);
		dicts.push({ datasetId: record.id, key, ...labels });
	}
	record.storedBytes = bytes;
	return { record, chunks, dicts };
}

/** Chunks per put while the save reports progress: few round trips, yet a figure that moves. */
const PUT_GROUP = 8;

/**
 * The chunks, in groups, inside the caller's transaction: `onProgress` hears the share of
 * stored bytes written after each group (the transaction stays one: a reload before it commits
 * finds the database as it was). Without a listener, one bulkPut.
 */
async function putChunks(
	db: WorkbenchDB,
	p: PreparedDataset,
	onProgress?: (fraction: number) => void
): Promise<void> {
	if (!onProgress) {
		await db.chunks.bulkPut(p.chunks);
		return;
	}
	const size = (c: ChunkRecord) => {
		let n = 0;
		for (const a of Object.values(c.columns)) n += a.byteLength;
		return n;
	};
	const total = p.chunks.reduce((n, c) => n + size(c), 0) || 1;
	let done = 0;
	const puts: Promise<unknown>[] = [];
	// All groups are queued at once (IndexedDB runs a transaction's requests in order), so the
	// disk never waits for the page to hear of a group before the next is sent.
	for (let i = 0; i < p.chunks.length; i += PUT_GROUP) {
		const group = p.chunks.slice(i, i + PUT_GROUP);
		puts.push(
			db.chunks.bulkPut(group).then(() => {
				for (const c of group) done += size(c);
				onProgress(Math.min(1, done / total));
			})
		);
	}
	await Promise.all(puts);
}

/** What replacing a dataset did besides storing the new one (see writeDataset). */
export interface Replacement {
	/** The dataset replaced, if it was still there. */
	old: DatasetRecord | null;
	/** Its settings record now belongs to the new dataset (same kind, and it had one). */
	settingsMoved: boolean;
}

/** One dataset's settings record (state/settings.svelte.ts keeps them as `view.<id>`). */
const viewKey = (id: string) => `view.${id}`;

/**
 * Writes a prepared dataset in one transaction: all of it, or nothing. With `replaces`, the
 * same transaction deletes that dataset and, when both are of the same kind, moves its settings
 * record to the new one — so a failed or cancelled write leaves the old dataset as it was.
 */
export async function writeDataset(
	db: WorkbenchDB,
	p: PreparedDataset,
	replaces?: string,
	onProgress?: (fraction: number) => void
): Promise<DatasetRecord & { replaced?: Replacement }> {
	let replaced: Replacement | undefined;
	try {
		await db.transaction('rw', [db.datasets, db.chunks, db.dicts, db.settings], async () => {
			await db.datasets.put(p.record);
			await putChunks(db, p, onProgress);
			await db.dicts.bulkPut(p.dicts);
			if (replaces === undefined || replaces === p.record.id) return;
			const old = (await db.datasets.get(replaces)) ?? null;
			const kept = await db.settings.get(viewKey(replaces));
			const settingsMoved = !!old && !!kept && old.kind === p.record.kind;
			if (settingsMoved) await db.settings.put({ key: viewKey(p.record.id), value: kept!.value });
			await db.settings.delete(viewKey(replaces));
			await db.datasets.delete(replaces);
			await db.chunks.where('datasetId').equals(replaces).delete();
			await db.dicts.where('datasetId').equals(replaces).delete();
			replaced = { old, settingsMoved };
		});
	} catch (e) {
		if (isQuotaError(e)) throw new QuotaError(p.record.storedBytes);
		throw e;
	}
	return replaced ? { ...p.record, replaced } : p.record;
}

export async function saveDataset(
	db: WorkbenchDB,
	ds: ParsedDataset,
	meta: DatasetMeta
): Promise<DatasetRecord> {
	return writeDataset(db, prepareDataset(ds, meta));
}

export async function loadDataset(db: WorkbenchDB, id: string): Promise<StoredDataset | null> {
	return db.transaction('r', db.datasets, db.chunks, db.dicts, async () => {
		const record = await db.datasets.get(id);
		if (!record) return null;
		const chunks = await db.chunks.where('datasetId').equals(id).sortBy('index');
		const dicts = await db.dicts.where('datasetId').equals(id).toArray();
		const byKey = new Map(dicts.map((d) => [d.key, d]));
		const columns: Record<string, StoredColumn> = emptyRecord();
		for (const f of record.fields) {
			const values =
				f.type === 'number' ? new Float64Array(record.rows) : new Int32Array(record.rows);
			let at = 0;
			for (const c of chunks) {
				decodeColumnInto(c.columns[f.key], ownValue(c.enc, f.key), c.rows, values, at);
				at += c.rows;
			}
			if (values instanceof Float64Array) columns[f.key] = { type: 'number', values };
			else if (f.type === 'day') columns[f.key] = { type: 'day', values };
			else columns[f.key] = dictColumn(values, byKey.get(f.key));
		}
		return { record, columns };
	});
}

/**
 * A dictionary column as read back. Integer labels (a million order numbers) are turned into
 * strings only when first read: analyses count codes, and only a table on screen shows them.
 */
function dictColumn(codes: Int32Array, d: DictRecord | undefined): StoredColumn {
	if (!d?.ints) return { type: 'dict', codes, labels: d ? decodeLabels(d) : [] };
	let labels: string[] | null = null;
	return {
		type: 'dict',
		codes,
		get labels() {
			return (labels ??= decodeLabels(d));
		}
	};
}

export async function listDatasets(db: WorkbenchDB): Promise<DatasetRecord[]> {
	return db.datasets.orderBy('importedAt').toArray();
}

export async function deleteDataset(db: WorkbenchDB, id: string): Promise<void> {
	await db.transaction('rw', db.datasets, db.chunks, db.dicts, async () => {
		await db.datasets.delete(id);
		await db.chunks.where('datasetId').equals(id).delete();
		await db.dicts.where('datasetId').equals(id).delete();
	});
}

export async function renameDataset(db: WorkbenchDB, id: string, name: string): Promise<void> {
	await db.datasets.update(id, { name });
}

export async function rememberMapping(
	db: WorkbenchDB,
	signature: string,
	mapping: Mapping,
	savedAt: string
): Promise<void> {
	const record: MappingRecord = { signature, mapping, savedAt };
	await db.mappings.put(record);
}

export async function recallMapping(db: WorkbenchDB, signature: string): Promise<Mapping | null> {
	return (await db.mappings.get(signature))?.mapping ?? null;
}

export async function getSetting<T>(db: WorkbenchDB, key: string): Promise<T | undefined> {
	return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: WorkbenchDB, key: string, value: unknown): Promise<void> {
	await db.settings.put({ key, value });
}
