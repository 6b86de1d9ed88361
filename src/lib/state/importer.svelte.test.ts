// An import's save as the page follows it (issue 22): in use from 'ready', listed as being saved
// (with how far) and guarded against closing the tab until 'committed'; a failed save keeps the
// data in use, says so, offers a retry that goes to the same worker, and keeps guarding. The
// workers are stand-ins whose messages the test sends, so nothing waits on time.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportRequest, ImportResponse } from '../data/worker/protocol';
import type { DatasetRecord } from '../data/db/records';

const added: string[] = [];
const stored: string[] = [];
vi.mock('./engine.svelte', () => ({
	engine: {
		receive: () => new MessageChannel().port1,
		add: () => {},
		forget: () => {}
	}
}));
vi.mock('./workspace.svelte', () => ({
	workspace: {
		persistent: true,
		datasets: [] as DatasetRecord[],
		added: (r: DatasetRecord) => added.push(r.id),
		stored: (r: DatasetRecord) => stored.push(r.id),
		remove: async () => {},
		replaced: () => false,
		refresh: async () => {}
	}
}));
vi.mock('./settings.svelte', () => ({ settings: { has: () => false } }));

/** The import worker stand-in: what the job posted, and a way to answer. */
class FakeWorker {
	static last: FakeWorker | null = null;
	posted: ImportRequest[] = [];
	terminated = false;
	onmessage: ((e: { data: ImportResponse }) => void) | null = null;
	onerror: unknown = null;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(msg: ImportRequest) {
		this.posted.push(msg);
	}
	terminate() {
		this.terminated = true;
	}
	answer(msg: ImportResponse) {
		this.onmessage?.({ data: msg });
	}
}

/** The page's window, as far as the guard uses it: the beforeunload listener it adds. */
const listeners: ((e: { preventDefault(): void; returnValue?: string }) => void)[] = [];
vi.stubGlobal('Worker', FakeWorker);
vi.stubGlobal('window', {
	addEventListener: (type: string, f: (typeof listeners)[number]) => {
		if (type === 'beforeunload') listeners.push(f);
	},
	removeEventListener: () => {}
});

const { ImportJob, unsaved } = await import('./importer.svelte');

/** Whether closing the tab now asks first. */
function closingAsks(): boolean {
	let asked = false;
	for (const f of listeners) f({ preventDefault: () => (asked = true) });
	return asked;
}

const record = (id: string) => ({ id, rows: 2 }) as unknown as DatasetRecord;

/** A job driven to 'reviewing' and committed: its worker and id. */
function committedJob() {
	const job = new ImportJob('a.csv', new Blob(['x']));
	job.start();
	const w = FakeWorker.last!;
	job.mapping = { kind: 'transactions', columns: [] } as never;
	job.report = { rowsRead: 2, rejected: { total: 0 } } as never;
	job.status = 'reviewing';
	job.commit();
	expect(w.posted.at(-1)?.type).toBe('commit');
	return { job, w, id: job.id };
}

beforeEach(() => {
	added.length = 0;
	stored.length = 0;
	unsaved.clear();
});

describe('ImportJob: the save behind the data', () => {
	it('in use at ready, listed as saving with its progress, guarded until committed', () => {
		const { job, w, id } = committedJob();
		expect(job.status).toBe('committing');
		w.answer({ type: 'ready', record: record(id) });
		expect(job.status).toBe('saving');
		expect(added).toEqual([id]);
		expect(unsaved.get(id)).toEqual({ fraction: 0, failed: false });
		expect(closingAsks()).toBe(true);
		w.answer({ type: 'saveProgress', fraction: 0.25 });
		expect(job.saveFraction).toBe(0.25);
		expect(unsaved.get(id)).toEqual({ fraction: 0.25, failed: false });
		w.answer({ type: 'committed', persisted: true, record: record(id) });
		expect(job.status).toBe('done');
		expect(stored).toEqual([id]);
		expect(unsaved.has(id)).toBe(false);
		expect(closingAsks()).toBe(false);
		expect(w.terminated).toBe(true);
	});

	it('a failed save: still in use, listed as not saved, still guarded; the retry saves it', () => {
		const { job, w, id } = committedJob();
		w.answer({ type: 'ready', record: record(id) });
		w.answer({ type: 'saveFailed', message: 'disk I/O error' });
		expect(job.status).toBe('unsaved');
		expect(job.error).toBe('disk I/O error');
		expect(unsaved.get(id)).toEqual({ fraction: 0, failed: true });
		expect(closingAsks()).toBe(true);
		expect(w.terminated).toBe(false); // it keeps the dataset for the retry
		job.retrySave();
		expect(w.posted.at(-1)).toEqual({ type: 'retrySave' });
		expect(job.status).toBe('saving');
		expect(unsaved.get(id)).toEqual({ fraction: 0, failed: false });
		w.answer({ type: 'committed', persisted: true, record: record(id) });
		expect(job.status).toBe('done');
		expect(unsaved.size).toBe(0);
		expect(closingAsks()).toBe(false);
	});

	it('no database: nothing to save, nothing listed as saving, nothing guarded', () => {
		const { job, w, id } = committedJob();
		w.answer({ type: 'ready', record: record(id) });
		w.answer({ type: 'committed', persisted: false });
		expect(job.status).toBe('done');
		expect(unsaved.size).toBe(0);
		expect(closingAsks()).toBe(false);
	});

	it('storage full: the dataset leaves and nothing stays guarded', () => {
		const { job, w, id } = committedJob();
		w.answer({ type: 'ready', record: record(id) });
		w.answer({ type: 'quota', neededBytes: 10 });
		expect(job.status).toBe('failed');
		expect(unsaved.size).toBe(0);
		expect(closingAsks()).toBe(false);
	});

	it('a retry is only for a failed save', () => {
		const { job, w, id } = committedJob();
		w.answer({ type: 'ready', record: record(id) });
		job.retrySave();
		expect(w.posted.at(-1)?.type).toBe('commit');
	});
});
