import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
	SCHEMA,
	SCHEMA_VERSION,
	TABLES,
	UPGRADES,
	declareVersions,
	missingUpgrades,
	upgradeRecord,
	type StoreSpec,
	type StoredRecord,
	type TableName,
	type VersionUpgrade
} from './migrations';
import { WorkbenchDB } from './schema';
import { loadDataset, saveDataset } from './datasetStore';
import { importText } from '../pipeline/importBytes';
import { idDateAmountMapping } from '../../../../tests/helpers/idDateAmountMapping';

/**
 * One case per upgrade: real records as version v - 1 stored them and as version v must
 * store them. Version 1 is the first schema, so there is nothing here yet; adding version 2
 * to SCHEMA fails 'every version has a tested upgrade' until its case is written here.
 */
const cases: Record<number, { table: TableName; before: StoredRecord; after: StoredRecord }[]> = {};

describe('schema migrations', () => {
	it('every version has an upgrade from the version before', () => {
		expect(missingUpgrades(UPGRADES, SCHEMA_VERSION)).toEqual([]);
	});

	it('every version has a tested upgrade', () => {
		const untested: number[] = [];
		for (let v = 2; v <= SCHEMA_VERSION; v++) if (!cases[v]?.length) untested.push(v);
		expect(untested).toEqual([]);
	});

	const flat = Object.entries(cases).flatMap(([v, list]) =>
		list.map((c) => ({ version: Number(v), ...c }))
	);
	it.skipIf(flat.length === 0).each(flat)('version $version upgrades $table', (c) => {
		expect(upgradeRecord(c.table, c.before, c.version - 1, c.version)).toEqual(c.after);
	});

	it('every version declares every table', () => {
		for (const stores of SCHEMA) expect(Object.keys(stores).sort()).toEqual([...TABLES].sort());
	});
});

describe('the migration machinery (a two-version schema made up for this test only)', () => {
	const v1: StoreSpec = { ...SCHEMA[0] };
	const v2: StoreSpec = { ...SCHEMA[0], settings: 'key, scope' };
	const upgrades: Record<number, VersionUpgrade> = {
		2: { settings: (r) => ({ ...r, scope: 'workspace' }) }
	};

	it('finds the versions that lack an upgrade', () => {
		expect(missingUpgrades({}, 3)).toEqual([2, 3]);
		expect(missingUpgrades(upgrades, 2)).toEqual([]);
		expect(missingUpgrades(upgrades, 1)).toEqual([]);
	});

	it('applies upgrades in order and leaves other tables alone', () => {
		const chain: Record<number, VersionUpgrade> = {
			2: { settings: (r) => ({ ...r, trail: [...((r.trail as string[]) ?? []), 'v2'] }) },
			3: { settings: (r) => ({ ...r, trail: [...((r.trail as string[]) ?? []), 'v3'] }) }
		};
		expect(upgradeRecord('settings', { key: 'k' }, 1, 3, chain)).toEqual({
			key: 'k',
			trail: ['v2', 'v3']
		});
		expect(upgradeRecord('settings', { key: 'k' }, 2, 3, chain)).toEqual({
			key: 'k',
			trail: ['v3']
		});
		expect(upgradeRecord('mappings', { signature: 's' }, 1, 3, chain)).toEqual({ signature: 's' });
	});

	it('Dexie runs the upgrade on every stored record when an old database is opened', async () => {
		const name = 'migration-machinery';
		const old = new Dexie(name);
		declareVersions(old, [v1]);
		await old.open();
		await old.table('settings').bulkPut([
			{ key: 'a', value: 1 },
			{ key: 'b', value: 2 }
		]);
		old.close();
		const next = new Dexie(name);
		declareVersions(next, [v1, v2], upgrades);
		await next.open();
		expect(next.verno).toBe(2);
		expect(await next.table('settings').toArray()).toEqual([
			{ key: 'a', value: 1, scope: 'workspace' },
			{ key: 'b', value: 2, scope: 'workspace' }
		]);
		expect(await next.table('settings').where('scope').equals('workspace').count()).toBe(2);
		next.close();
	});
});

describe('opening a database written by an earlier version keeps every row', () => {
	const mapping = idDateAmountMapping;
	// 70,000 rows: two chunks (65,536 rows each at most), ids with leading zeros.
	const lines = ['id,date,amount'];
	for (let i = 0; i < 70_000; i++)
		lines.push(
			`${String(i % 4321).padStart(5, '0')},2024-02-${String((i % 28) + 1).padStart(2, '0')},${i % 50}`
		);
	const ds = importText(lines.join('\n'), mapping, 30_000);

	// Every earlier version, and the current one reopened (the only case while there is one version).
	const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);
	it.each(versions)('from version %i', async (from) => {
		const name = `upgrade-from-${from}`;
		// Written by the current code, then read back as a version-`from` database would hold it.
		const writer = new WorkbenchDB(`${name}-writer`);
		await saveDataset(writer, ds, {
			id: 'd1',
			name: 'orders',
			mapping,
			sourceName: 'orders.csv',
			sourceBytes: 1,
			importedAt: '2026-01-01T00:00:00Z'
		});
		const contents: Partial<Record<TableName, StoredRecord[]>> = {};
		for (const t of TABLES) contents[t] = (await writer.table(t).toArray()) as StoredRecord[];
		writer.close();

		const old = new Dexie(name);
		declareVersions(old, SCHEMA.slice(0, from));
		await old.open();
		for (const t of TABLES) await old.table(t).bulkPut(contents[t]!);
		old.close();

		const db = new WorkbenchDB(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);
		for (const t of TABLES) expect(await db.table(t).count()).toBe(contents[t]!.length);
		const back = await loadDataset(db, 'd1');
		expect(back?.record.rows).toBe(70_000);
		expect(await db.chunks.count()).toBe(2);
		for (const [key, col] of Object.entries(ds.columns)) expect(back?.columns[key]).toEqual(col);
		db.close();
	});
});
