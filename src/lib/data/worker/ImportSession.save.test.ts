// The commit's save runs after the dataset is handed over (issue 22): the page hears 'ready',
// then how far the save is, then 'committed' — or 'saveFailed', after which the session keeps
// what it would write and a 'retrySave' writes it; nothing is half-written in between.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ImportSession } from './ImportSession';
import type { ImportResponse } from './protocol';
import { openWorkbenchDb } from '../db/openWorkbenchDb';
import { listDatasets, loadDataset } from '../db/datasetStore';
import type { WorkbenchDB } from '../db/schema';
import { dayFromYMD } from '../../analytics/dates';

const TODAY = dayFromYMD(2025, 1, 1);
const FILE = new Blob([
	new TextEncoder().encode('customer_id,date,amount\nC1,2024-01-05,10.00\nC2,2024-01-13,20.50\n')
]);

let dbs = 0;

/** A session whose database fails its chunk writes `failures` times (a disk error), then works. */
async function session(failures: number) {
	const db = (await openWorkbenchDb(`save-${++dbs}`)) as WorkbenchDB;
	const put = db.chunks.bulkPut.bind(db.chunks);
	let left = failures;
	db.chunks.bulkPut = ((...args: Parameters<typeof put>) => {
		if (left-- > 0) return Promise.reject(new Error('disk I/O error'));
		return put(...args);
	}) as typeof db.chunks.bulkPut;
	const posted: ImportResponse[] = [];
	const s = new ImportSession({
		post: (m) => posted.push(m),
		openDb: async () => db,
		startHelper: () => Promise.reject(new Error('no helper worker in Node'))
	});
	await s.preview({ type: 'preview', file: FILE, name: 'a.csv', overrides: {} });
	const preview = posted.find((m) => m.type === 'preview');
	if (preview?.type !== 'preview') throw new Error('no preview');
	await s.validate({ type: 'validate', mapping: preview.preview.mapping, today: TODAY });
	posted.length = 0;
	const commit = () =>
		s.commit({
			type: 'commit',
			meta: { id: 'd1', name: 'A', importedAt: '2025-01-01T00:00:00.000Z' },
			persist: true
		});
	return { s, db, posted, commit, types: () => posted.map((m) => m.type) };
}

describe('ImportSession: the save after the hand-over', () => {
	it('ready first, then progress, then committed', async () => {
		const t = await session(0);
		await t.commit();
		expect(t.types()).toEqual(['ready', 'saveProgress', 'committed']);
		expect(t.posted[1]).toEqual({ type: 'saveProgress', fraction: 1 });
		expect(t.s.holdsUnsaved).toBe(false);
		expect((await loadDataset(t.db, 'd1'))?.record.rows).toBe(2);
	});

	it('a failed save says so, stores nothing and keeps the dataset for a retry that stores it', async () => {
		const t = await session(1);
		await t.commit();
		expect(t.types()).toEqual(['ready', 'saveFailed']);
		expect(t.posted[1]).toEqual({ type: 'saveFailed', message: 'disk I/O error' });
		expect(await listDatasets(t.db)).toEqual([]);
		expect(await t.db.chunks.count()).toBe(0);
		expect(t.s.holdsUnsaved).toBe(true);
		t.posted.length = 0;
		await t.s.retrySave();
		expect(t.types()).toEqual(['saveProgress', 'committed']);
		expect(t.posted[1]).toMatchObject({ type: 'committed', persisted: true });
		const back = await loadDataset(t.db, 'd1');
		const amount = back!.columns.amount;
		expect(amount.type === 'number' && Array.from(amount.values)).toEqual([10, 20.5]);
		expect(t.s.holdsUnsaved).toBe(false);
	});

	it('a retry that fails again says so again; nothing to retry after a success or a cancel', async () => {
		const t = await session(2);
		await t.commit();
		await t.s.retrySave();
		expect(t.types()).toEqual(['ready', 'saveFailed', 'saveFailed']);
		t.s.cancel();
		expect(t.s.holdsUnsaved).toBe(false);
		await expect(t.s.retrySave()).rejects.toThrow('nothing to save');
		expect(await listDatasets(t.db)).toEqual([]);
	});
});
