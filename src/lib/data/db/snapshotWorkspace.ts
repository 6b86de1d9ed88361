// Reads the workspace out of IndexedDB for a workspace file or a share link: datasets
// (columns and dictionaries), settings and remembered mappings, in one read transaction.
import type { WorkspaceSnapshot } from '../workspaceFile/format';
import { loadDataset } from './datasetStore';
import type { WorkbenchDB } from './schema';

/** Key prefix of a dataset's analysis settings (state/settings.svelte.ts keeps them there). */
export const VIEW_KEY = 'view.';

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
			// A dataset's own settings (`view.<id>`, the settings model's) go only with that dataset.
			const settings = (await db.settings.toArray()).filter(
				(s) => !ids || !s.key.startsWith(VIEW_KEY) || ids.includes(s.key.slice(VIEW_KEY.length))
			);
			return {
				createdAt,
				datasets,
				settings,
				mappings: mappings ? await db.mappings.toArray() : []
			};
		}
	);
}
