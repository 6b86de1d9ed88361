// The one way the app opens its IndexedDB database: the page's workspace and share states, the
// import worker and the engine worker all call this, so what happens when storage is missing,
// refused or being upgraded is decided here once.
import { DB_NAME, WorkbenchDB } from './schema';

/**
 * Opens the workbench database (running any schema upgrade, see migrations.ts), or resolves
 * null when there is no usable IndexedDB — private windows that refuse it, a worker without it,
 * a database written by a newer version of the app (VersionError), a failed upgrade. Callers
 * treat null as "nothing is kept": the app still works from memory.
 *
 * Another tab upgrading the schema: Dexie closes this connection on its `versionchange` and
 * reopens it at the next query, so an old tab never blocks a new one for long. An upgrade here
 * blocked by an old tab that does not close waits (Dexie logs it) rather than failing: the
 * data is there once that tab goes.
 */
export async function openWorkbenchDb(name: string = DB_NAME): Promise<WorkbenchDB | null> {
	if (typeof indexedDB === 'undefined') return null;
	let db: WorkbenchDB | null = null;
	try {
		db = new WorkbenchDB(name);
		await db.open();
		return db;
	} catch {
		db?.close();
		return null;
	}
}
