// Storage full: the browser refuses the write with a QuotaExceededError (simulated here by a
// Dexie middleware that fails every write to the chunks table, the way a full disk fails the
// big write). The import must come back as a QuotaError that says how many bytes were
// needed, and the database must be exactly as it was: no record, no chunk, no dictionary.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkbenchDB } from '../../src/lib/data/db/schema';
import {
	QuotaError,
	listDatasets,
	loadDataset,
	saveDataset
} from '../../src/lib/data/db/datasetStore';
import { importText } from '../../src/lib/data/pipeline/importBytes';
import { idDateAmountMapping } from '../helpers/idDateAmountMapping';
import { TODAY } from './helpers/checkOutcome';

const mapping = idDateAmountMapping;

function meta(id: string) {
	return {
		id,
		name: id,
		mapping,
		sourceName: `${id}.csv`,
		sourceBytes: 1,
		importedAt: '2026-01-01T00:00:00Z'
	};
}

function rows(n: number, prefix: string): string {
	const lines = ['id,date,amount'];
	for (let i = 0; i < n; i++) lines.push(`${prefix}${i % 500},2024-03-${(i % 28) + 1},${i % 90}`);
	return lines.join('\n');
}

/** Fails every write to `chunks` with `error()` once `full.on` is set. */
function fillable(name: string, error: () => unknown) {
	const db = new WorkbenchDB(name);
	const full = { on: false };
	db.use({
		stack: 'dbcore',
		name: 'simulated-full-disk',
		create: (down) => ({
			...down,
			table: (table) => {
				const t = down.table(table);
				return {
					...t,
					mutate: (req) => (full.on && table === 'chunks' ? Promise.reject(error()) : t.mutate(req))
				};
			}
		})
	});
	return { db, full };
}

const errors: [string, () => unknown][] = [
	['a DOMException QuotaExceededError', () => new DOMException('full', 'QuotaExceededError')],
	['Dexie’s QuotaExceededError', () => new Dexie.QuotaExceededError('full')],
	[
		'an AbortError wrapping a QuotaExceededError',
		() => new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'))
	]
];

describe('storage quota exceeded', () => {
	it.each(errors)(
		'%s becomes a QuotaError with the bytes needed; nothing is stored',
		async (_, error) => {
			const { db, full } = fillable(`quota-${_}`, error);
			const first = importText(rows(100, 'A'), mapping, TODAY);
			await saveDataset(db, first, meta('first'));
			const before = { chunks: await db.chunks.count(), dicts: await db.dicts.count() };
			full.on = true;
			const big = importText(rows(70_000, 'B'), mapping, TODAY);
			const failure = await saveDataset(db, big, meta('second')).catch((e) => e);
			expect(failure).toBeInstanceOf(QuotaError);
			// Stored compactly (columnCodec): 70,000 rows × (id codes 0…499 in 2 bytes + days of
			// one March in 1 byte + whole amounts as 4-byte integers) + the 500 labels "B0"…"B499"
			// joined by NUL (their characters plus 499 separators).
			let labels = 499;
			for (let i = 0; i < 500; i++) labels += `B${i}`.length;
			expect((failure as QuotaError).neededBytes).toBe(70_000 * 7 + labels);
			full.on = false;
			expect((await listDatasets(db)).map((d) => d.id)).toEqual(['first']);
			expect({ chunks: await db.chunks.count(), dicts: await db.dicts.count() }).toEqual(before);
			expect((await loadDataset(db, 'first'))?.record.rows).toBe(100);
			// Once there is room again the same dataset stores whole.
			await saveDataset(db, big, meta('second'));
			expect((await loadDataset(db, 'second'))?.record.rows).toBe(70_000);
			db.close();
		}
	);

	it('another storage error is not reported as a full disk', async () => {
		const { db, full } = fillable('quota-other', () => new DOMException('clone', 'DataCloneError'));
		full.on = true;
		const ds = importText(rows(10, 'A'), mapping, TODAY);
		const failure = await saveDataset(db, ds, meta('x')).catch((e) => e);
		expect(failure).not.toBeInstanceOf(QuotaError);
		expect(await listDatasets(db)).toEqual([]);
		db.close();
	});
});
