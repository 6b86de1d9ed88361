// Settings records by key prefix: the settings model keeps one record per dataset under
// `view.<dataset id>` in the settings table, reads them all at start and drops a dataset's own
// when the dataset goes.
import type { SettingRecord } from './records';
import type { WorkbenchDB } from './schema';

export async function readSettingsWithPrefix(
	db: WorkbenchDB,
	prefix: string
): Promise<SettingRecord[]> {
	return db.settings.where('key').startsWith(prefix).toArray();
}

export async function deleteSetting(db: WorkbenchDB, key: string): Promise<void> {
	await db.settings.delete(key);
}
