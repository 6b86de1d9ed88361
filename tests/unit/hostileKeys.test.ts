// Columns named after Object.prototype members (`__proto__`, `constructor`, …) go through
// import → IndexedDB → workspace file → restore → IndexedDB and come back identical. Before
// columns were null-prototype objects, `columns['__proto__'] = col` set the prototype (the
// column vanished) and `'constructor' in columns` was true for every dataset, so the saved
// file was refused on reopening ("contents do not fit").
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TODAY } from './helpers/checkOutcome';
import { runPipeline } from './helpers/runPipeline';
import { WorkbenchDB } from '../../src/lib/data/db/schema';
import { loadDataset, saveDataset } from '../../src/lib/data/db/datasetStore';
import { snapshotWorkspace } from '../../src/lib/data/db/snapshotWorkspace';
import { restoreWorkspace } from '../../src/lib/data/db/restoreWorkspace';
import { packWorkspace, unpackWorkspace } from '../../src/lib/data/workspaceFile/packWorkspace';

export const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

function protoCsv(): Uint8Array {
	const lines = [['customer_id', 'signup_date', ...PROTO_NAMES].join(',')];
	for (let i = 1; i <= 30; i++)
		lines.push(
			[
				`C${i}`,
				`2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
				...PROTO_NAMES.map((n, j) => `${n}-${(i + j) % 3}`)
			].join(',')
		);
	return new TextEncoder().encode(lines.join('\n') + '\n');
}

describe('columns named after Object.prototype members', () => {
	it('import, store, save to a workspace file and restore identically', async () => {
		const r = runPipeline(protoCsv(), 'customers.csv', TODAY);
		if (r.outcome !== 'report') throw new Error(JSON.stringify(r));
		expect(r.dataset.rows).toBe(30);
		const keys = r.dataset.fields.map((f) => f.key);
		for (const n of PROTO_NAMES) expect(keys).toContain(n);
		for (const k of keys) expect(Object.hasOwn(r.dataset.columns, k)).toBe(true);
		expect(Object.keys(r.dataset.columns).sort()).toEqual([...keys].sort());

		const db = new WorkbenchDB('hostile-keys');
		await saveDataset(db, r.dataset, {
			id: 'p',
			name: 'p',
			mapping: {
				encoding: 'utf-8',
				delimiter: ',',
				hasHeader: true,
				kind: r.dataset.kind,
				columns: [],
				returns: 'net',
				dropDuplicates: false
			},
			sourceName: 'customers.csv',
			sourceBytes: 0,
			importedAt: '2026-01-01T00:00:00Z'
		});
		const stored = await loadDataset(db, 'p');
		for (const k of keys) expect(stored?.columns[k]).toEqual(r.dataset.columns[k]);
		const snap = await snapshotWorkspace(db, '2026-01-02T00:00:00Z');
		const back = await unpackWorkspace(await packWorkspace(snap));
		expect(back.datasets).toHaveLength(1);
		for (const k of keys) expect(back.datasets[0].columns[k]).toEqual(r.dataset.columns[k]);
		await restoreWorkspace(db, back);
		const again = await loadDataset(db, 'p');
		for (const k of keys) expect(again?.columns[k]).toEqual(r.dataset.columns[k]);
		db.close();
	});
});
