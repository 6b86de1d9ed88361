// Header migrations: MIGRATIONS[v] turns a version-v header into a version-(v+1) header, as a
// pure record → record function. Raising CURRENT_VERSION (format.ts) without adding the step
// from the previous version fails migrations.test.ts.
//
// To change the format: bump CURRENT_VERSION, update WorkspaceHeader and validateHeader to the
// new shape, and add MIGRATIONS[old] with a test case that upgrades a real old header.

export type HeaderRecord = Record<string, unknown>;
export type Migration = (header: HeaderRecord) => HeaderRecord;

const RAW_PACK: Record<string, unknown> = {
	dict: { type: 'dict', codes: 'i32', labels: 'text' },
	day: { type: 'day', values: 'i32' },
	number: { type: 'number', values: 'f64' }
};

const isRecord = (v: unknown): v is HeaderRecord =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * 1 → 2: version 1 stored every column raw (Int32 codes and days, Float64 numbers, labels as
 * text); version 2 names each column's packing, so a version-1 column is the raw packing.
 * Anything that is not the expected shape is left for the checks after migration to name.
 */
export function rawColumnsPacked(header: HeaderRecord): HeaderRecord {
	if (!Array.isArray(header.datasets)) return header;
	const datasets = header.datasets.map((d: unknown) => {
		if (!isRecord(d) || !Array.isArray(d.columns)) return d;
		const columns = d.columns.map((c: unknown) =>
			isRecord(c) && typeof c.type === 'string' && Object.hasOwn(RAW_PACK, c.type)
				? { ...c, pack: RAW_PACK[c.type] }
				: c
		);
		return { ...d, columns };
	});
	return { ...header, datasets };
}

export const MIGRATIONS: Record<number, Migration> = { 1: rawColumnsPacked };

/** Versions below `current` that have no step to the next one. */
export function missingMigrations(
	migrations: Record<number, Migration>,
	current: number
): number[] {
	const missing: number[] = [];
	for (let v = 1; v < current; v++) if (typeof migrations[v] !== 'function') missing.push(v);
	return missing;
}
