// Import worker: reads the dropped file, previews, validates and commits — all off the main
// thread. The page cancels an import by terminating this worker; since the commit is one
// IndexedDB transaction, a terminated worker leaves nothing behind.
import { previewFile } from '../pipeline/previewFile';
import { importBytes } from '../pipeline/importBytes';
import { FileProblemError, MAX_BROWSER_BYTES } from '../pipeline/problems';
import type { ImportRequest, ImportResponse } from './protocol';
import { packLabels, transferables } from '../tables/packLabels';
import type { ParsedDataset } from '../validate/types';
import { WorkbenchDB } from '../db/schema';
import {
	QuotaError,
	recallMapping,
	rememberMapping,
	saveDataset,
	storedBytes
} from '../db/datasetStore';
import type { Mapping } from '../map/types';
import type { DatasetRecord } from '../db/records';

let bytes: Uint8Array | null = null;
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
		bytes = new Uint8Array(await msg.file.arrayBuffer());
		fileName = msg.name;
		const preview = previewFile(bytes, fileName, msg.overrides);
		signature = preview.signature;
		const d = await openDb();
		const remembered = d ? await recallMapping(d, preview.signature).catch(() => null) : null;
		post({ type: 'preview', preview, remembered });
	} else if (msg.type === 'validate') {
		if (!bytes) throw new Error('no file');
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
		const d = msg.persist ? await openDb() : null;
		let record: DatasetRecord;
		let persisted = false;
		if (d) {
			try {
				record = await saveDataset(d, parsed, meta);
				persisted = true;
				// Remembered so the next import of the same export is one click.
				await rememberMapping(d, signature, mappingUsed, meta.importedAt).catch(() => {});
			} catch (e) {
				if (e instanceof QuotaError) {
					post({ type: 'quota', neededBytes: e.neededBytes });
					return;
				}
				throw e;
			}
		} else {
			record = {
				...meta,
				kind: parsed.kind,
				rows: parsed.rows,
				fields: parsed.fields,
				stats: parsed.stats,
				report: parsed.report,
				storedBytes: storedBytes(parsed)
			};
		}
		const dataset = packLabels({
			rows: parsed.rows,
			fields: parsed.fields,
			columns: parsed.columns
		});
		post({ type: 'committed', record, dataset, persisted }, transferables(dataset));
		parsed = null;
		bytes = null;
	}
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	handle(e.data).catch((err) => {
		if (err instanceof FileProblemError) post({ type: 'problem', problem: err.problem });
		else post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	});
};
