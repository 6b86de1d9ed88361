// Anything the app accepted can be saved and restored to an identical state: generated
// workspaces with hostile names and values go through a workspace file, a share link, and
// IndexedDB (restore, then snapshot again); and CSV files with hostile headers and cells go
// through the import, IndexedDB and a workspace file. Every round trip must give back exactly
// what went in (typed arrays element by element, NaN included) and never be refused.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkbenchDB } from '../../../src/lib/data/db/schema';
import { saveDataset } from '../../../src/lib/data/db/datasetStore';
import { restoreWorkspace } from '../../../src/lib/data/db/restoreWorkspace';
import { snapshotWorkspace } from '../../../src/lib/data/db/snapshotWorkspace';
import type { WorkspaceSnapshot } from '../../../src/lib/data/workspaceFile/format';
import {
	MAX_LINK_INFLATED,
	packWorkspace,
	unpackWorkspace
} from '../../../src/lib/data/workspaceFile/packWorkspace';
import {
	fromShareFragment,
	toShareFragment
} from '../../../src/lib/data/workspaceFile/shareFragment';
import { TODAY } from '../helpers/checkOutcome';
import { runPipeline } from '../helpers/runPipeline';
import { runs } from './fuzzRuns';
import { HOSTILE, hostileText, workspace } from './hostileDatasets';

/** The snapshot as a comparable value: records without the recomputed byte count. */
function comparable(s: WorkspaceSnapshot) {
	return {
		datasets: s.datasets.map(({ record, columns }) => {
			const { storedBytes: _b, ...rest } = record;
			return { record: rest, columns: { ...columns } };
		}),
		settings: s.settings,
		mappings: s.mappings
	};
}

let dbs = 0;

describe('workspace round trips (property-based)', () => {
	it('a workspace file gives back the workspace', async () => {
		await fc.assert(
			fc.asyncProperty(workspace, async (snap) => {
				const back = await unpackWorkspace(await packWorkspace(snap));
				expect(comparable(back)).toEqual(comparable(snap));
				expect(back.createdAt).toBe(snap.createdAt);
			}),
			runs(60)
		);
	});

	it('a share link gives back the workspace', async () => {
		await fc.assert(
			fc.asyncProperty(workspace, async (snap) => {
				const url = new URL('https://example.test/app/?view=rfm');
				url.hash = toShareFragment(await packWorkspace(snap));
				const bytes = fromShareFragment(new URL(url.href).hash);
				expect(bytes).not.toBeNull();
				const back = await unpackWorkspace(bytes!, { limit: MAX_LINK_INFLATED, source: 'link' });
				expect(comparable(back)).toEqual(comparable(snap));
			}),
			runs(40)
		);
	});

	it('IndexedDB, then a file, then IndexedDB again gives back the workspace', async () => {
		await fc.assert(
			fc.asyncProperty(workspace, async (snap) => {
				const db = new WorkbenchDB(`fuzz-rt-${++dbs}`);
				try {
					await restoreWorkspace(db, snap, { mappings: true });
					const file = await packWorkspace(await snapshotWorkspace(db, snap.createdAt));
					await restoreWorkspace(db, await unpackWorkspace(file), { mappings: true });
					const back = await snapshotWorkspace(db, snap.createdAt);
					// IndexedDB lists datasets by import time (all equal here), then by id.
					const byId = (s: WorkspaceSnapshot) => ({
						...comparable(s),
						datasets: comparable(s).datasets.sort((a, b) => (a.record.id < b.record.id ? -1 : 1)),
						settings: [...s.settings].sort((a, b) => (a.key < b.key ? -1 : 1)),
						mappings: s.mappings
					});
					expect(byId(back)).toEqual(byId(snap));
				} finally {
					db.close();
				}
			}),
			runs(12)
		);
	});

	it('a CSV file with hostile headers and cells imports, stores and restores identically', async () => {
		// Attribute headers are hostile but distinct from the id header and from each other.
		const headers = fc.uniqueArray(
			fc.oneof(fc.constantFrom(...HOSTILE.slice(0, 12)), hostileText).filter((h) => {
				const t = h.split('\u0000').join('').trim();
				return t !== '' && !/^(customer|id|客户)/i.test(t);
			}),
			{ minLength: 1, maxLength: 4, selector: (h) => h.split('\u0000').join('').trim() }
		);
		const cell = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }));
		const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
		await fc.assert(
			fc.asyncProperty(
				headers,
				fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
				async (hs, rows) => {
					const lines = [['customer_id', ...hs].map(q).join(',')];
					rows.forEach((r, i) => lines.push([`C${i}`, ...hs.map((_, j) => r[j])].map(q).join(',')));
					const r = runPipeline(
						new TextEncoder().encode(lines.join('\r\n') + '\r\n'),
						'hostile.csv',
						TODAY
					);
					if (r.outcome === 'crash') throw new Error(r.message);
					if (r.outcome !== 'report') return;
					const db = new WorkbenchDB(`fuzz-csv-${++dbs}`);
					try {
						await saveDataset(db, r.dataset, {
							id: 'd',
							name: 'hostile.csv',
							mapping: {
								encoding: 'utf-8',
								delimiter: ',',
								hasHeader: true,
								kind: r.dataset.kind,
								columns: [],
								returns: 'net',
								dropDuplicates: false
							},
							sourceName: 'hostile.csv',
							sourceBytes: 0,
							importedAt: '2026-01-01T00:00:00Z'
						});
						const snap = await snapshotWorkspace(db, '2026-01-02T00:00:00Z');
						const back = await unpackWorkspace(await packWorkspace(snap));
						const keys = r.dataset.fields.map((f) => f.key);
						expect(back.datasets[0].record.fields.map((f) => f.key)).toEqual(keys);
						for (const k of keys) expect(back.datasets[0].columns[k]).toEqual(r.dataset.columns[k]);
					} finally {
						db.close();
					}
				}
			),
			runs(25)
		);
	});
});
