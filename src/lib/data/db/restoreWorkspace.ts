// Replaces the workspace in IndexedDB with a validated snapshot, in ONE transaction over every
// table: all datasets, chunks, dictionaries and settings are swapped, or — on any failure,
// including a full disk — nothing changes. Remembered mappings belong to this device's
// habits, not to one workspace: they are merged, never replaced, and only when the user ticked
// them in the restore dialog (a mapping steers every later import of a file with the same
// headers, so one planted by a file or link would silently change those imports).
import type { WorkspaceSnapshot } from '../workspaceFile/format';
import type { DatasetRecord } from './records';
import { saveDataset } from './datasetStore';
import type { WorkbenchDB } from './schema';

export interface RestoreResult {
	/** Ids of the datasets the workspace had before (the engine must forget them). */
	replaced: string[];
	records: DatasetRecord[];
}

export interface RestoreOptions {
	/** Merge the snapshot's remembered mappings into this device's (the user ticked them). */
	mappings?: boolean;
}

export async function restoreWorkspace(
	db: WorkbenchDB,
	snapshot: WorkspaceSnapshot,
	{ mappings = false }: RestoreOptions = {}
): Promise<RestoreResult> {
	const tables = [db.datasets, db.chunks, db.dicts, db.settings, db.mappings];
	return db.transaction('rw', tables, async () => {
		const replaced = (await db.datasets.toCollection().primaryKeys()) as string[];
		await Promise.all([db.datasets.clear(), db.chunks.clear(), db.dicts.clear()]);
		await db.settings.clear();
		const records: DatasetRecord[] = [];
		for (const { record, columns } of snapshot.datasets) {
			const { kind, rows, fields, stats, report, storedBytes: _b, ...meta } = record;
			// saveDataset joins this transaction (its tables are a subset of ours).
			records.push(await saveDataset(db, { kind, rows, fields, stats, report, columns }, meta));
		}
		await db.settings.bulkPut(snapshot.settings);
		if (mappings) await db.mappings.bulkPut(snapshot.mappings);
		return { replaced, records };
	});
}
