// The background save (issue 22): the dataset is in use before it is stored, and the write
// tells the page how far it is — yet it stays one transaction. A tab closed or reloaded while it
// runs (here: the transaction aborted after some groups of chunks) must leave the database as
// it was, and a reader meanwhile (another tab, or the page after a reload) must see the old
// state or the whole new dataset, never a part of it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkbenchDB } from './schema';
import {
	listDatasets,
	loadDataset,
	prepareDataset,
	saveDataset,
	writeDataset,
	type PreparedDataset
} from './datasetStore';
import { importText } from '../pipeline/importBytes';
import { idDateAmountMapping } from '../../../../tests/helpers/idDateAmountMapping';

const mapping = idDateAmountMapping;

const meta = (id: string) => ({
	id,
	name: id,
	mapping,
	sourceName: `${id}.csv`,
	sourceBytes: 10,
	importedAt: '2026-01-01T00:00:00Z'
});

/** n rows, as n one-row chunks of plain arrays (16 bytes each), so a write has many groups. */
function manyChunks(id: string, n: number): PreparedDataset {
	const lines = ['id,date,amount'];
	for (let i = 0; i < n; i++)
		lines.push(`C${i % 3},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i}.5`);
	const ds = importText(lines.join('\n'), mapping, 30000);
	const p = prepareDataset(ds, meta(id));
	const col = (k: string) => ds.columns[k];
	p.chunks = Array.from({ length: n }, (_, i) => {
		const c = col('customerId');
		const d = col('date');
		const a = col('amount');
		if (c.type !== 'dict' || d.type !== 'day' || a.type !== 'number') throw new Error('types');
		return {
			datasetId: id,
			index: i,
			rows: 1,
			columns: {
				customerId: Int32Array.of(c.codes[i]),
				date: Int32Array.of(d.values[i]),
				amount: Float64Array.of(a.values[i])
			}
		};
	});
	return p;
}

let dbs = 0;
/** A database holding one stored dataset 'old' (one chunk), and its name to open it again. */
async function withOld() {
	const name = `t-save-${++dbs}`;
	const db = new WorkbenchDB(name);
	await saveDataset(db, importText('id,date,amount\nA,2024-01-01,5', mapping, 30000), meta('old'));
	return { db, name };
}

/** What another connection (a reloaded page) finds. */
async function seen(name: string) {
	const other = new WorkbenchDB(name);
	const out = {
		ids: (await listDatasets(other)).map((d) => d.id),
		chunks: await other.chunks.count(),
		dicts: await other.dicts.count(),
		oldRows: (await loadDataset(other, 'old'))?.record.rows ?? null
	};
	other.close();
	return out;
}

describe('writeDataset in the background', () => {
	it('tells how far it is after each group of 8 chunks, ending at 1', async () => {
		const { db } = await withOld();
		const heard: number[] = [];
		await writeDataset(db, manyChunks('new', 20), undefined, (f) => heard.push(f));
		// 20 chunks of 16 bytes in groups of 8: 128, 256 and 320 of 320 bytes.
		expect(heard).toEqual([0.4, 0.8, 1]);
		const back = await loadDataset(db, 'new');
		expect(back?.record.rows).toBe(20);
		const amount = back!.columns.amount;
		expect(amount.type === 'number' && Array.from(amount.values.slice(17))).toEqual([
			17.5, 18.5, 19.5
		]);
	});

	const stops = [
		{ name: 'after the first group', at: 1, replaces: undefined },
		{ name: 'after the second group', at: 2, replaces: undefined },
		{ name: 'after the last group, before the dictionaries', at: 3, replaces: undefined },
		{ name: 'a replacement, after the first group', at: 1, replaces: 'old' },
		{ name: 'a replacement, after the last group', at: 3, replaces: 'old' }
	];
	it.each(stops)('a save stopped $name leaves the database as it was', async (c) => {
		const { db, name } = await withOld();
		const before = await seen(name);
		let calls = 0;
		const stopped = writeDataset(db, manyChunks('new', 20), c.replaces, () => {
			// What a closed tab does to an open transaction: it never commits.
			if (++calls === c.at) throw new Error('the tab went away');
		});
		await expect(stopped).rejects.toThrow('the tab went away');
		expect(await seen(name)).toEqual(before);
		expect(before).toEqual({ ids: ['old'], chunks: 1, dicts: 1, oldRows: 1 });
	});

	it('a reader meanwhile sees the old state or the whole new dataset, never a part', async () => {
		const { db, name } = await withOld();
		const reads: Promise<{ ids: string[]; chunks: number; newRows: number | null }>[] = [];
		const other = new WorkbenchDB(name);
		// One read-only transaction, as a page reading the workspace back uses one at a time.
		const read = () =>
			other.transaction('r', other.datasets, other.chunks, other.dicts, async () => ({
				ids: (await listDatasets(other)).map((d) => d.id),
				chunks: await other.chunks.count(),
				newRows: (await loadDataset(other, 'new'))?.record.rows ?? null
			}));
		reads.push(read());
		await writeDataset(db, manyChunks('new', 20), 'old', () => void reads.push(read()));
		reads.push(read());
		const results = await Promise.all(reads);
		const oldState = { ids: ['old'], chunks: 1, newRows: null };
		const newState = { ids: ['new'], chunks: 20, newRows: 20 };
		for (const r of results) expect([oldState, newState]).toContainEqual(r);
		expect(results.at(-1)).toEqual(newState);
		other.close();
	});
});
