// IndexedDB schema versions and their upgrades. SCHEMA[v - 1] declares the stores of version
// v; UPGRADES[v] turns records of version v - 1 into records of version v with one pure
// record → record function per table. WorkbenchDB declares every version from here, so Dexie
// runs each upgrade once, inside its version-change transaction, when an older database opens.
//
// To change the schema: append the new stores to SCHEMA, add UPGRADES[new] (tables whose
// records keep their shape need no entry), update records.ts, and add a case to
// migrations.test.ts that upgrades real old records — the test fails until that case exists.
import type Dexie from 'dexie';

export const TABLES = ['datasets', 'chunks', 'dicts', 'mappings', 'settings'] as const;
export type TableName = (typeof TABLES)[number];

export type StoreSpec = Record<TableName, string>;
export type StoredRecord = Record<string, unknown>;
export type RecordUpgrade = (record: StoredRecord) => StoredRecord;
/** Per table: how a record of the previous version becomes one of this version. */
export type VersionUpgrade = Partial<Record<TableName, RecordUpgrade>>;

export const SCHEMA: StoreSpec[] = [
	{
		datasets: 'id, kind, importedAt',
		chunks: '[datasetId+index], datasetId',
		dicts: '[datasetId+key], datasetId',
		mappings: 'signature',
		settings: 'key'
	}
];

export const SCHEMA_VERSION = SCHEMA.length;

export const UPGRADES: Record<number, VersionUpgrade> = {};

/** Versions after the first that have no upgrade from the one before. */
export function missingUpgrades(
	upgrades: Record<number, VersionUpgrade>,
	latest: number
): number[] {
	const missing: number[] = [];
	for (let v = 2; v <= latest; v++) if (!upgrades[v]) missing.push(v);
	return missing;
}

/** A record of `table` stored at version `from`, as version `to` stores it. */
export function upgradeRecord(
	table: TableName,
	record: StoredRecord,
	from: number,
	to: number,
	upgrades: Record<number, VersionUpgrade> = UPGRADES
): StoredRecord {
	let r = record;
	for (let v = from + 1; v <= to; v++) {
		const step = upgrades[v]?.[table];
		if (step) r = step(r);
	}
	return r;
}

/** Declares every schema version on a Dexie database, each with its upgrade. */
export function declareVersions(
	db: Dexie,
	schema: StoreSpec[] = SCHEMA,
	upgrades: Record<number, VersionUpgrade> = UPGRADES
): void {
	schema.forEach((stores, i) => {
		const v = i + 1;
		const version = db.version(v).stores(stores);
		const up = upgrades[v];
		if (v === 1 || !up) return;
		version.upgrade(async (tx) => {
			for (const [table, step] of Object.entries(up) as [TableName, RecordUpgrade][])
				await tx
					.table(table)
					.toCollection()
					.modify((record, ref) => {
						ref.value = step(record);
					});
		});
	});
}
