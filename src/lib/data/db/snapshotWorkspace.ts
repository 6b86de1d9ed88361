// Reads the workspace out of IndexedDB for a workspace file or a share link: datasets
// (columns and dictionaries), settings and remembered mappings, in one read transaction.
import type { WorkspaceSnapshot } from '../workspaceFile/format';
import { loadDataset } from './datasetStore';
import type { WorkbenchDB } from './schema';

export interface SnapshotOptions {
	/** Only these datasets (all when omitted). */
	ids?: string[];
	/** Remembered column mappings (kept out of share links). */
	mappings?: boolean;
}

export async function snapshotWorkspace(
	db: WorkbenchDB,
	createdAt: string,
	{ ids, mappings = true }: SnapshotOptions = {}
): Promise<WorkspaceSnapshot> {
	return db.transaction(
		'r',
		[db.datasets, db.chunks, db.dicts, db.settings, db.mappings],
		async () => {
			const records = await db.datasets.orderBy('importedAt').toArray();
			const chosen = ids ? records.filter((r) => ids.includes(r.id)) : records;
			const datasets = [];
			for (const r of chosen) {
				const stored = await loadDataset(db, r.id);
				if (stored) datasets.push(stored);
			}
			return {
				createdAt,
				datasets,
				settings: await db.settings.toArray(),
				mappings: mappings ? await db.mappings.toArray() : []
			};
		}
	);
}
