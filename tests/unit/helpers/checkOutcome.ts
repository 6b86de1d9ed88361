// Shared by the hostile-corpus tests: compares a pipeline result with what the corpus script
// says the file must give, and commits a dataset the way the import worker does.
import { expect } from 'vitest';
import type { HostileExpect } from '../../../scripts/make-hostile';
import { dayFromISO } from '../../../src/lib/analytics/dates';
import type { WorkbenchDB } from '../../../src/lib/data/db/schema';
import { loadDataset, saveDataset } from '../../../src/lib/data/db/datasetStore';
import type { PipelineResult } from './runPipeline';

/** "Today" for the future-date check: after every corpus date, long before 9999-12-31. */
export const TODAY = dayFromISO('2026-01-01');

export function checkOutcome(r: PipelineResult, expect_: HostileExpect): void {
	if (r.outcome === 'crash') throw new Error(`crashed: ${r.message}`);
	expect(r.outcome).toBe(expect_.outcome);
	if (r.outcome === 'refused') {
		expect(r.problem.code).toBe(expect_.problem);
		if (expect_.format) expect(r.problem).toMatchObject({ format: expect_.format });
		return;
	}
	const { dataset, preview } = r;
	const report = dataset.report;
	const want: Record<string, unknown> = {};
	const got: Record<string, unknown> = {};
	const pairs: [keyof HostileExpect, unknown][] = [
		['kind', dataset.kind],
		['rowsRead', report.rowsRead],
		['accepted', dataset.rows],
		['rejected', report.rejected.byReason],
		['customers', dataset.stats.customers],
		['revenue', dataset.stats.revenue],
		['zeroAmounts', report.zeroAmounts],
		['nulRemoved', report.nulRemoved],
		['replacedChars', report.replacedChars],
		['encoding', preview.encoding],
		['encodingReason', preview.encodingReason]
	];
	for (const [key, value] of pairs)
		if (expect_[key] !== undefined) {
			want[key] = expect_[key];
			got[key] = value;
		}
	expect(got).toEqual(want);
	if (expect_.headers)
		expect(preview.headers.slice(0, expect_.headers.length)).toEqual(expect_.headers);
	// Every row read is kept or rejected with a reason; no row disappears silently.
	expect(report.accepted + report.rejected.total).toBe(report.rowsRead);
	const reasons = Object.values(report.rejected.byReason).reduce((a, b) => a + (b ?? 0), 0);
	expect(reasons).toBe(report.rejected.total);
	for (const e of report.rejected.examples) {
		expect(e.line).toBeGreaterThanOrEqual(1);
		expect(e.text.length).toBeLessThanOrEqual(201);
	}
}

/** Stores the dataset as the worker does and reads it back: every accepted row must return. */
export async function commitAndReload(db: WorkbenchDB, r: PipelineResult, id: string) {
	if (r.outcome !== 'report') return null;
	await saveDataset(db, r.dataset, {
		id,
		name: id,
		mapping: {
			encoding: 'utf-8',
			delimiter: ',',
			hasHeader: true,
			kind: r.dataset.kind,
			columns: [],
			returns: 'net',
			dropDuplicates: false
		},
		sourceName: id,
		sourceBytes: 0,
		importedAt: '2026-01-01T00:00:00Z'
	});
	return loadDataset(db, id);
}
