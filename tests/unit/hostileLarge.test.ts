// The large hostile files, generated at test time (never committed): a 10 MB cell of digits
// (which once hung parseNumber's regex), a 10 MB file without a line break, a million rows
// of one customer and a million customers. Each runs on a worker thread under a limit; the
// generation and pipeline times are printed for docs/reliability.md.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { largeCorpus, smallCorpus } from '../../scripts/make-hostile';
import { WorkbenchDB } from '../../src/lib/data/db/schema';
import { BoundedPipeline, HungError } from './helpers/runBounded';
import { TODAY, checkOutcome, commitAndReload } from './helpers/checkOutcome';

/** About ten times what each takes on a 2-core machine (≤ 3 s). */
const LIMIT_MS = 45_000;

const pipeline = new BoundedPipeline();
afterAll(() => pipeline.stop());

describe('hostile corpus (large files, generated now)', () => {
	it.each(largeCorpus().map((f) => [f.name, f] as const))('%s', async (name, file) => {
		const t0 = performance.now();
		const bytes = file.make();
		const made = performance.now() - t0;
		const r = await pipeline.run(bytes, name, TODAY, LIMIT_MS);
		checkOutcome(r, file.expect);
		let stored = '';
		if (name === 'customers-1m.csv' && r.outcome === 'report') {
			// The biggest dictionary round-trips through IndexedDB: no row and no id lost.
			const db = new WorkbenchDB('hostile-large');
			const t1 = performance.now();
			const back = await commitAndReload(db, r, 'big');
			stored = `, stored and reloaded in ${Math.round(performance.now() - t1)} ms`;
			expect(back?.record.rows).toBe(1_000_000);
			const id = back!.columns.customerId;
			expect(id.type === 'dict' && id.labels.length).toBe(1_000_000);
			expect(id.type === 'dict' && id.labels[id.codes[999_999]]).toBe('C0999999');
			db.close();
		}
		console.log(
			`${name}: ${(bytes.length / 1048576).toFixed(1)} MB made in ${Math.round(made)} ms, pipeline ${r.ms} ms${stored}`
		);
	});

	it('the time limit is real: a run that does not finish in time is stopped', async () => {
		const wide = smallCorpus().find((f) => f.name === 'columns-5000.csv')!;
		const bounded = new BoundedPipeline();
		await expect(bounded.run(wide.bytes, wide.name, TODAY, 1)).rejects.toBeInstanceOf(HungError);
		bounded.stop();
	});
});
