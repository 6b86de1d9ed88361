// The hostile-input corpus through the import pipeline (previewFile + importBytes) on a
// worker thread under a time limit: no crash, no hang, the outcome the corpus script states
// for each file (worked out by hand there), every row read accounted for, and what a
// report commits is stored whole — and nothing is stored for a refused file.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_DIR, manifest, smallCorpus, type HostileFile } from '../../scripts/make-hostile';
import { WorkbenchDB } from '../../src/lib/data/db/schema';
import { listDatasets } from '../../src/lib/data/db/datasetStore';
import { BoundedPipeline } from './helpers/runBounded';
import { TODAY, checkOutcome, commitAndReload } from './helpers/checkOutcome';

/** Generous: the slowest small file (5,000 columns) takes about half a second. */
const LIMIT_MS = 20_000;

const files: [string, HostileFile][] = smallCorpus().map((f) => [f.name, f]);
const pipeline = new BoundedPipeline();
afterAll(() => pipeline.stop());

describe('hostile corpus (small files)', () => {
	it.each(files)('%s', async (name, file) => {
		const r = await pipeline.run(file.bytes, name, TODAY, LIMIT_MS);
		checkOutcome(r, file.expect);
		const db = new WorkbenchDB(`hostile-${name}`);
		const stored = await commitAndReload(db, r, 'ds');
		if (r.outcome === 'report') {
			expect(stored?.record.rows).toBe(r.dataset.rows);
			for (const [key, col] of Object.entries(r.dataset.columns))
				expect(stored?.columns[key]).toEqual(col);
		} else {
			expect(stored).toBeNull();
			expect(await listDatasets(db)).toEqual([]);
			expect(await db.chunks.count()).toBe(0);
		}
		db.close();
	});
});

describe('committed corpus', () => {
	it('tests/fixtures/hostile matches scripts/make-hostile.ts byte for byte', () => {
		for (const [name, f] of files) {
			if (f.source) continue;
			const onDisk = new Uint8Array(readFileSync(join(HOSTILE_DIR, name)));
			expect({ name, same: Buffer.compare(onDisk, f.bytes) === 0 }).toEqual({ name, same: true });
		}
		const onDisk = JSON.parse(readFileSync(join(HOSTILE_DIR, 'manifest.json'), 'utf8'));
		expect(onDisk).toEqual(JSON.parse(JSON.stringify(manifest(files.map(([, f]) => f)))));
	});

	it('has every kind of hostile input the reliability promise names', () => {
		const names = files.map(([n]) => n);
		for (const part of [
			'csv-spectrum',
			'mixed-line-endings',
			'unclosed-quote',
			'columns-5000',
			'duplicate-empty-headers',
			'nul-bytes',
			'invalid-utf8',
			'gbk-utf8-bom',
			'formulas-html',
			'extreme-numbers',
			'extreme-dates'
		])
			expect(names.some((n) => n.includes(part))).toBe(true);
	});
});
