// Import worker: reads the dropped file, previews, validates and commits — all off the main
// thread. The page cancels an import by terminating this worker; since the commit is one
// IndexedDB transaction, a terminated worker leaves nothing behind.
import { previewFile } from '../pipeline/previewFile';
import { checkMapping, importText } from '../pipeline/importBytes';
import { decodeBytes } from '../sniff/detectEncoding';
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

let file: Blob | null = null;
/** The whole file, being read since the preview (null once validation has taken it). */
let reading: Promise<Uint8Array> | null = null;
let sourceBytes = 0;
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

const readAll = (f: Blob) => f.arrayBuffer().then((b) => new Uint8Array(b));

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
		file = msg.file;
		reading = head.length <= SAMPLE_BYTES ? Promise.resolve(head) : readAll(file);
		reading.catch(() => {}); // a failed read is reported when validation awaits it
	} else if (msg.type === 'validate') {
		if (!file) throw new Error('no file');
		// Validating again after a mapping change reads the file again: the bytes are not kept.
		let bytes: Uint8Array | null = await (reading ?? readAll(file));
		reading = null;
		checkMapping(msg.mapping);
		sourceBytes = bytes.length;
		const decoded = decodeBytes(bytes, msg.mapping.encoding);
		bytes = null; // the text is all the parse needs: the file's bytes can go
		let last = 0;
		parsed = importText(
			decoded.text,
			msg.mapping,
			msg.today,
			(p) => {
				if (p.rows - last >= 20_000) {
					last = p.rows;
					post({ type: 'progress', rows: p.rows, fraction: p.fraction });
				}
			},
			decoded.nulCount,
			decoded.replaced
		);
		mappingUsed = msg.mapping;
		if (parsed.rows === 0) {
			post({ type: 'problem', problem: { code: 'no_rows_accepted' } });
			return;
		}
		post({ type: 'report', report: parsed.report, stats: parsed.stats, rows: parsed.rows });
	} else if (msg.type === 'commit') {
		if (!parsed || !mappingUsed) throw new Error('nothing to commit');
		const meta = { ...msg.meta, mapping: mappingUsed, sourceName: fileName, sourceBytes };
		const ds = parsed;
		parsed = null;
		file = null;
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
