import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkbenchDB } from './schema';
import { listDatasets, loadDataset, getSetting, setSetting, rememberMapping } from './datasetStore';
import { restoreWorkspace } from './restoreWorkspace';
import { snapshotWorkspace } from './snapshotWorkspace';
import { snapshotFixture } from '../workspaceFile/snapshotFixture';
import { packWorkspace, unpackWorkspace } from '../workspaceFile/packWorkspace';

let n = 0;
async function freshDb() {
	const db = new WorkbenchDB(`t-restore-${++n}`);
	await db.open();
	return db;
}

describe('restoreWorkspace / snapshotWorkspace', () => {
	it('stores a snapshot and reads the same one back, through a file', async () => {
		const a = await freshDb();
		await restoreWorkspace(a, snapshotFixture(), { mappings: true });
		const exported = await snapshotWorkspace(a, '2025-03-01T00:00:00Z');
		const b = await freshDb();
		await restoreWorkspace(b, await unpackWorkspace(await packWorkspace(exported)), {
			mappings: true
		});
		const back = await snapshotWorkspace(b, '2025-03-01T00:00:00Z');
		const fixture = snapshotFixture();
		expect(back.datasets.map((d) => d.record.id)).toEqual(['ds-a', 'ds-b']);
		for (let i = 0; i < fixture.datasets.length; i++)
			expect(back.datasets[i].columns).toEqual(fixture.datasets[i].columns);
		expect(back.datasets[0].record.stats).toEqual(fixture.datasets[0].record.stats);
		expect(await getSetting(b, 'workspace.name')).toBe('我的工作区');
		expect(back.mappings).toEqual(fixture.mappings);
	});

	it('a snapshot of some datasets carries only their own analysis settings', async () => {
		const db = await freshDb();
		await restoreWorkspace(db, snapshotFixture());
		await setSetting(db, 'view.ds-a', { clv: { unit: 'day' } });
		await setSetting(db, 'view.ds-b', { clv: { unit: 'month' } });
		const keys = (s: { key: string }[]) => s.map((r) => r.key).filter((k) => k.startsWith('view.'));
		const some = await snapshotWorkspace(db, '2025-03-01T00:00:00Z', { ids: ['ds-b'] });
		expect(keys(some.settings)).toEqual(['view.ds-b']);
		expect(some.settings.some((r) => r.key === 'workspace.name')).toBe(true);
		const all = await snapshotWorkspace(db, '2025-03-01T00:00:00Z');
		expect(keys(all.settings)).toEqual(['view.ds-a', 'view.ds-b']);
	});

	it('replaces datasets and settings, merges remembered mappings', async () => {
		const db = await freshDb();
		await restoreWorkspace(db, {
			...snapshotFixture(),
			datasets: [
				{
					...snapshotFixture().datasets[1],
					record: { ...snapshotFixture().datasets[1].record, id: 'old' }
				}
			]
		});
		await setSetting(db, 'only.here', 1);
		await rememberMapping(db, 'mine', snapshotFixture().mappings[0].mapping, 'y');
		const result = await restoreWorkspace(db, snapshotFixture(), { mappings: true });
		expect(result.replaced).toEqual(['old']);
		expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual(['ds-a', 'ds-b']);
		expect(await getSetting(db, 'only.here')).toBeUndefined();
		expect((await db.mappings.toArray()).map((m) => m.signature).sort()).toEqual([
			'id|date|amount',
			'mine'
		]);
		expect(await db.chunks.where('datasetId').equals('old').count()).toBe(0);
	});

	it('adds no remembered mapping unless asked to (the user ticked them)', async () => {
		const db = await freshDb();
		await rememberMapping(db, 'mine', snapshotFixture().mappings[0].mapping, 'y');
		await restoreWorkspace(db, snapshotFixture());
		expect((await db.mappings.toArray()).map((m) => m.signature)).toEqual(['mine']);
		expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual(['ds-a', 'ds-b']);
	});

	it('leaves the old workspace untouched when a dataset cannot be written', async () => {
		const db = await freshDb();
		await restoreWorkspace(db, snapshotFixture());
		const broken = snapshotFixture();
		broken.datasets[0].record = { ...broken.datasets[0].record, id: 'new-1' };
		broken.datasets[1].record = { ...broken.datasets[1].record, id: 'new-2' };
		// A column IndexedDB cannot clone fails the second dataset's write, after the clears.
		(broken.datasets[1].columns.q1 as { values: unknown }).values = { slice: () => () => 0 };
		broken.settings = [{ key: 'workspace.name', value: 'changed' }];
		await expect(restoreWorkspace(db, broken)).rejects.toBeTruthy();
		expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual(['ds-a', 'ds-b']);
		expect(await getSetting(db, 'workspace.name')).toBe('我的工作区');
		const a = await loadDataset(db, 'ds-a');
		expect(a?.columns.amount).toEqual(snapshotFixture().datasets[0].columns.amount);
	});

	it('exports only the chosen datasets, and no mappings for a link', async () => {
		const db = await freshDb();
		await restoreWorkspace(db, snapshotFixture());
		const snap = await snapshotWorkspace(db, 'now', { ids: ['ds-b'], mappings: false });
		expect(snap.datasets.map((d) => d.record.id)).toEqual(['ds-b']);
		expect(snap.mappings).toEqual([]);
		expect(snap.settings).toHaveLength(2);
	});
});
