// Header migrations: MIGRATIONS[v] turns a version-v header into a version-(v+1) header, as a
// pure record → record function. Raising CURRENT_VERSION (format.ts) without adding the step
// from the previous version fails migrations.test.ts.
//
// To change the format: bump CURRENT_VERSION, update WorkspaceHeader and validateHeader to the
// new shape, and add MIGRATIONS[old] with a test case that upgrades a real old header.

export type HeaderRecord = Record<string, unknown>;
export type Migration = (header: HeaderRecord) => HeaderRecord;

export const MIGRATIONS: Record<number, Migration> = {};

/** Versions below `current` that have no step to the next one. */
export function missingMigrations(
	migrations: Record<number, Migration>,
	current: number
): number[] {
	const missing: number[] = [];
	for (let v = 1; v < current; v++) if (typeof migrations[v] !== 'function') missing.push(v);
	return missing;
}
