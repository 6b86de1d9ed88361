// Import worker: reads the dropped file, previews, validates and commits — all off the main
// thread. The page cancels an import by terminating this worker; since the commit is one
// IndexedDB transaction, a terminated worker leaves nothing behind.
import { previewFile } from '../pipeline/previewFile';
import { importBytes } from '../pipeline/importBytes';
import { FileProblemError, MAX_BROWSER_BYTES } from '../pipeline/problems';
import { SAMPLE_BYTES } from '../pipeline/previewFile';
import type { ImportRequest, ImportResponse } from './protocol';
import { packLabels, transferables } from '../tables/packLabels';
import type { ParsedDataset } from '../validate/types';
import { WorkbenchDB } from '../db/schema';
import {
	prepareDataset,
	QuotaError,
	recallMapping,
	rememberMapping,
	storedBytes,
	writeDataset
} from '../db/datasetStore';
import type { Mapping } from '../map/types';
import type { DatasetRecord } from '../db/records';

let bytes: Uint8Array | null = null;
let reading: Promise<Uint8Array> | null = null;
let fileName = '';
let parsed: ParsedDataset | null = null;
let mappingUsed: Mapping | null = null;
let db: WorkbenchDB | null = null;
let signature = '';

function post(msg: ImportResponse, transfer: Transferable[] = []) {
	(self as unknown as Worker).postMessage(msg, transfer);
}

async function openDb(): Promise<WorkbenchDB | null> {
	if (db) return db;
	try {
		const d = new WorkbenchDB();
		await d.open();
		db = d;
		return d;
	} catch {
		return null;
	}
}

async function handle(msg: ImportRequest): Promise<void> {
	if (msg.type === 'preview') {
		if (msg.file.size > MAX_BROWSER_BYTES) {
			post({
				type: 'problem',
				problem: { code: 'too_large', bytes: msg.file.size, limit: MAX_BROWSER_BYTES }
			});
			return;
		}
		fileName = msg.name;
		const opening = openDb();
		// The preview needs only the head of the file (previewFile samples SAMPLE_BYTES); the
		// whole file is read afterwards, while the user looks at the mapping.
		const head = new Uint8Array(await msg.file.slice(0, SAMPLE_BYTES + 1).arrayBuffer());
		const preview = previewFile(head, fileName, msg.overrides);
		signature = preview.signature;
		const d = await opening;
		const remembered = d ? await recallMapping(d, preview.signature).catch(() => null) : null;
		post({ type: 'preview', preview, remembered });
		const file = msg.file;
		reading =
			head.length <= SAMPLE_BYTES
				? Promise.resolve(head)
				: file.arrayBuffer().then((b) => new Uint8Array(b));
		reading.catch(() => {}); // a failed read is reported when validation awaits it
	} else if (msg.type === 'validate') {
		if (!reading) throw new Error('no file');
		bytes = await reading;
		let last = 0;
		parsed = importBytes(bytes, msg.mapping, msg.today, (p) => {
			if (p.rows - last >= 20_000) {
				last = p.rows;
				post({ type: 'progress', rows: p.rows, fraction: p.fraction });
			}
		});
		mappingUsed = msg.mapping;
		if (parsed.rows === 0) {
			post({ type: 'problem', problem: { code: 'no_rows_accepted' } });
			return;
		}
		post({ type: 'report', report: parsed.report, stats: parsed.stats, rows: parsed.rows });
	} else if (msg.type === 'commit') {
		if (!parsed || !mappingUsed || !bytes) throw new Error('nothing to commit');
		const meta = {
			...msg.meta,
			mapping: mappingUsed,
			sourceName: fileName,
			sourceBytes: bytes.length
		};
		const ds = parsed;
		parsed = null;
		bytes = null; // the file is no longer needed: free it before the save allocates chunks
		reading = null;
		const d = msg.persist ? await openDb() : null;
		const record: DatasetRecord = {
			...meta,
			kind: ds.kind,
			rows: ds.rows,
			fields: ds.fields,
			stats: ds.stats,
			report: ds.report,
			storedBytes: storedBytes(ds)
		};
		const dataset = packLabels({ rows: ds.rows, fields: ds.fields, columns: ds.columns });
		const port = msg.engine;
		if (!d) {
			// Nothing to save: the columns themselves move to the engine.
			if (port) port.postMessage(dataset, transferables(dataset));
			post(
				{ type: 'ready', record, dataset: port ? undefined : dataset },
				port ? [] : transferables(dataset)
			);
			post({ type: 'committed', persisted: false });
			return;
		}
		// The engine gets a copy now, straight from this worker (the page never holds it), so
		// analyses start while this worker encodes and writes: nobody waits for IndexedDB.
		if (port) port.postMessage(dataset);
		post({ type: 'ready', record, dataset: port ? undefined : dataset });
		const prepared = prepareDataset(ds, meta);
		try {
			await writeDataset(d, prepared);
		} catch (e) {
			if (e instanceof QuotaError) {
				post({ type: 'quota', neededBytes: e.neededBytes });
				return;
			}
			throw e;
		}
		// Remembered so the next import of the same export is one click.
		await rememberMapping(d, signature, meta.mapping, meta.importedAt).catch(() => {});
		post({ type: 'committed', persisted: true, record: prepared.record });
	}
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	handle(e.data).catch((err) => {
		if (err instanceof FileProblemError) post({ type: 'problem', problem: err.problem });
		else post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	});
};
