// Import worker: reads the dropped file, previews, validates and commits — all off the main
// thread. The page cancels an import by terminating this worker; since the commit is one
// IndexedDB transaction, a terminated worker leaves nothing behind.
import { previewFile } from '../pipeline/previewFile';
import {
	checkMapping,
	encodingLinesFor,
	importPartBytes,
	importText
} from '../pipeline/importBytes';
import { joinParts, PARTS_MIN_BYTES, secondPartMapping } from '../pipeline/importInParts';
import { splitForParts } from '../pipeline/splitForParts';
import { completeDataset, type PartialDataset } from '../validate/DatasetBuilder';
import { readByteRows } from '../validate/readByteRows';
import { decodeBytes } from '../sniff/detectEncoding';
import { FileProblemError, MAX_BROWSER_BYTES } from '../pipeline/problems';
import { SAMPLE_BYTES } from '../pipeline/previewFile';
import type { ImportRequest, ImportResponse, PartRequest, PartResponse } from './protocol';
import { releaseLookups } from '../tables/lazyLabels';
import { packLabels, transferables, unpackLabels } from '../tables/packLabels';
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
import { detectBinary } from '../sniff/detectBinary';
import { isWorkbookFormat } from '../workbook/isWorkbookFormat';
import { loadSheetJs } from '../workbook/loadSheetJs';
import { openWorkbook, type OpenWorkbook } from '../workbook/readWorkbook';
import { workbookPreview } from '../workbook/workbookPreview';
import { checkStore, SLICED_FROM_BYTES, validateSliced } from './validateSlices';

let file: Blob | null = null;
/** The whole file, being read since the preview (null once validation has taken it). */
let reading: Promise<Uint8Array> | null = null;
let sourceBytes = 0;
let fileName = '';
let parsed: ParsedDataset | null = null;
let mappingUsed: Mapping | null = null;
let db: WorkbenchDB | null = null;
let signature = '';
/** The helper's own time for the last second part (ms). */
let helperMs = 0;
/** The part worker, started during the preview of a file large enough to be validated in two. */
let helperStarting: Promise<Worker> | null = null;
/** The workbook last opened, so choosing another sheet does not parse the file again. */
let workbookOf: { file: Blob; open: OpenWorkbook } | null = null;

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

/**
 * Posts validation progress every 20,000 rows. Parts (0 = the file or its first part, 1 = the
 * helper's) report separately; their rows add up and their fractions average.
 */
function progressPoster(count: 1 | 2) {
	const parts = [
		{ rows: 0, fraction: 0 },
		{ rows: 0, fraction: 0 }
	];
	let last = 0;
	return (part: 0 | 1, p: { rows: number; fraction: number }) => {
		parts[part] = p;
		const rows = parts[0].rows + parts[1].rows;
		if (rows - last < 20_000) return;
		last = rows;
		post({ type: 'progress', rows, fraction: (parts[0].fraction + parts[1].fraction) / count });
	};
}

const readAll = (f: Blob) => f.arrayBuffer().then((b) => new Uint8Array(b));

/**
 * Starts a helper worker (partWorker) and waits until it runs. A nested worker's script is
 * loaded through this worker's event loop, so it must be running before this worker blocks
 * on the first part — otherwise it would only start once the first part is done.
 */
function startHelper(): Promise<Worker> {
	const helper = new Worker(new URL('./partWorker.ts', import.meta.url), { type: 'module' });
	return new Promise<Worker>((resolve, reject) => {
		helper.onmessage = (e: MessageEvent<PartResponse>) => {
			if (e.data.type === 'ready') resolve(helper);
		};
		helper.onerror = (e) => {
			helper.terminate();
			reject(new Error(e.message || 'part worker failed'));
		};
	});
}

/**
 * Hands the second part of a file to a running helper worker and resolves, once the helper
 * has the bytes, with the promise of its result. (Messages to a nested worker are only sent
 * while this worker's event loop turns: waiting for the helper's "started" makes sure it is
 * parsing before this worker blocks on the first part.)
 */
function validateSecondPart(
	helper: Worker,
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	onProgress: (p: { rows: number; fraction: number }) => void
): Promise<{ result: Promise<PartialDataset> }> {
	return new Promise((started) => {
		const result = new Promise<PartialDataset>((resolve, reject) => {
			helper.onmessage = (e: MessageEvent<PartResponse>) => {
				const msg = e.data;
				if (msg.type === 'ready') return;
				if (msg.type === 'started') return started({ result });
				if (msg.type === 'progress') return onProgress(msg);
				helper.terminate();
				if (msg.type === 'error') return reject(new Error(msg.message));
				// Only a file read in slices is sent back to the text road (validateSlices).
				if (msg.type === 'textPath') return reject(new Error('part worker: no rows'));
				const { columns } = unpackLabels({
					rows: 0,
					fields: msg.part.fields,
					columns: msg.columns
				});
				helperMs = msg.ms;
				resolve({ ...msg.part, columns });
			};
			helper.onerror = (e) => {
				helper.terminate();
				reject(new Error(e.message || 'part worker failed'));
			};
		});
		// If the helper fails before it starts, the caller still gets the failure.
		result.catch(() => started({ result }));
		helper.postMessage(
			{ bytes, mapping: secondPartMapping(mapping), today } satisfies PartRequest,
			[bytes.buffer]
		);
	});
}

/** The running helper (started during the preview), or a new one; the caller uses it up. */
async function takeHelper(): Promise<Worker> {
	const helper = await (helperStarting ?? startHelper());
	helperStarting = null;
	return helper;
}

/** After a sliced validation: lookups released, the report (or "no rows") posted. */
function reportValidation(mapping: Mapping, timings: Record<string, number>): void {
	if (!parsed) return;
	for (const c of Object.values(parsed.columns)) if (c.type === 'dict') releaseLookups(c);
	mappingUsed = mapping;
	if (parsed.rows === 0) {
		post({ type: 'problem', problem: { code: 'no_rows_accepted' } });
		return;
	}
	const { report, stats, rows } = parsed;
	post({ type: 'report', report, stats, rows, timings });
}

async function handle(msg: ImportRequest): Promise<void> {
	if (msg.type === 'preview') {
		fileName = msg.name;
		const opening = openDb();
		// The preview needs only the head of the file (previewFile samples SAMPLE_BYTES); the
		// whole file is read afterwards, while the user looks at the mapping.
		const head = new Uint8Array(await msg.file.slice(0, SAMPLE_BYTES + 1).arrayBuffer());
		if (isWorkbookFormat(detectBinary(head.subarray(0, 8192), fileName))) {
			// A workbook is read whole (other files in slices: see validateSlices).
			if (msg.file.size > MAX_BROWSER_BYTES)
				throw new FileProblemError({
					code: 'too_large',
					bytes: msg.file.size,
					limit: MAX_BROWSER_BYTES
				});
			// A workbook: its chosen sheet becomes CSV text, and from here on that text is the file.
			const open =
				workbookOf?.file === msg.file
					? workbookOf.open
					: openWorkbook(await loadSheetJs(), await readAll(msg.file));
			workbookOf = { file: msg.file, open };
			const { preview, csv } = workbookPreview(open, fileName, msg.overrides);
			signature = preview.signature;
			const d = await opening;
			const remembered = d ? await recallMapping(d, preview.signature).catch(() => null) : null;
			post({ type: 'preview', preview, remembered });
			file = new Blob([csv as Uint8Array<ArrayBuffer>]);
			reading = Promise.resolve(csv);
			return;
		}
		const preview = previewFile(head, fileName, msg.overrides);
		signature = preview.signature;
		const d = await opening;
		const remembered = d ? await recallMapping(d, preview.signature).catch(() => null) : null;
		post({ type: 'preview', preview, remembered });
		file = msg.file;
		// A large file is not read ahead: it is read in slices once the mapping is confirmed.
		reading =
			head.length <= SAMPLE_BYTES
				? Promise.resolve(head)
				: file.size < SLICED_FROM_BYTES
					? readAll(file)
					: null;
		// Its script loads while the user looks at the mapping, not after they confirm it.
		if (msg.file.size >= PARTS_MIN_BYTES && !helperStarting) {
			helperStarting = startHelper();
			helperStarting.catch(() => {}); // a failed start is reported when validation awaits it
		}
		reading?.catch(() => {}); // a failed read is reported when validation awaits it
	} else if (msg.type === 'validate') {
		if (!file) throw new Error('no file');
		// Validating again after a mapping change reads the file again: the bytes are not kept.
		const t0 = performance.now();
		// Shop exports are folded into orders over their whole text: read whole, size-limited.
		if (msg.mapping.layout && file.size > MAX_BROWSER_BYTES)
			throw new FileProblemError({ code: 'too_large', bytes: file.size, limit: MAX_BROWSER_BYTES });
		// Refused before any row is read when its columns would not fit in the tab.
		await checkStore(file, msg.mapping, msg.today, msg.storeLimit);
		if (file.size >= (msg.slicedFrom ?? SLICED_FROM_BYTES) && !msg.mapping.layout) {
			reading = null;
			sourceBytes = file.size;
			parsed = null;
			const sliced = await validateSliced(file, msg.mapping, msg.today, takeHelper, progressPoster);
			parsed = sliced.parsed;
			reportValidation(msg.mapping, { ...sliced.timings, total: performance.now() - t0 });
			return;
		}
		let bytes: Uint8Array | null = await (reading ?? readAll(file));
		reading = null;
		checkMapping(msg.mapping);
		sourceBytes = bytes.length;
		const t1 = performance.now();
		const cut = splitForParts(bytes, msg.mapping, PARTS_MIN_BYTES);
		const progress = progressPoster(cut ? 2 : 1);
		parsed = null;
		const timings: Record<string, number> = { readWait: t1 - t0 };
		if (cut) {
			// Two cores: a helper validates the second part while this worker does the first.
			const helper = await (helperStarting ?? startHelper());
			helperStarting = null;
			const t2 = performance.now();
			const second = (
				await validateSecondPart(helper, bytes.slice(cut.at), msg.mapping, msg.today, (p) =>
					progress(1, p)
				)
			).result;
			const t3 = performance.now();
			const firstBytes = bytes.subarray(0, cut.at);
			bytes = null;
			const first = importPartBytes(firstBytes, msg.mapping, msg.today, (p) => progress(0, p));
			const t4 = performance.now();
			const secondPart = await second;
			const t5 = performance.now();
			parsed = joinParts(msg.mapping, first, secondPart, cut);
			Object.assign(timings, {
				splitAndHelper: t2 - t1,
				handToHelper: t3 - t2,
				firstPart: t4 - t3,
				secondPart: helperMs,
				waitForSecond: t5 - t4,
				join: performance.now() - t5
			});
		} else {
			// Straight from the bytes when the file allows (readByteRows), else via the text.
			const rows = readByteRows(bytes, msg.mapping, msg.today, (p) => progress(0, p));
			if (rows) {
				parsed = completeDataset(msg.mapping, rows);
				const lines = encodingLinesFor(bytes, msg.mapping.encoding, rows.report.replacedChars);
				if (lines) parsed.report.encodingLines = lines;
			} else {
				const decoded = decodeBytes(bytes, msg.mapping.encoding);
				// Where the encoding may not fit, which lines: looked at before the bytes go.
				const lines = encodingLinesFor(bytes, msg.mapping.encoding, decoded.replaced);
				bytes = null; // the text is all the parse needs: the file's bytes can go
				parsed = importText(
					decoded.text,
					msg.mapping,
					msg.today,
					(p) => progress(0, p),
					decoded.nulCount,
					decoded.replaced
				);
				if (lines) parsed.report.encodingLines = lines;
			}
			timings.onePass = performance.now() - t1;
		}
		// Nothing is coded after validation: the dictionaries' lookup tables go before the save.
		for (const c of Object.values(parsed.columns)) if (c.type === 'dict') releaseLookups(c);
		mappingUsed = msg.mapping;
		if (parsed.rows === 0) {
			post({ type: 'problem', problem: { code: 'no_rows_accepted' } });
			return;
		}
		timings.total = performance.now() - t0;
		post({
			type: 'report',
			report: parsed.report,
			stats: parsed.stats,
			rows: parsed.rows,
			timings
		});
	} else if (msg.type === 'commit') {
		if (!parsed || !mappingUsed) throw new Error('nothing to commit');
		const meta = { ...msg.meta, mapping: mappingUsed, sourceName: fileName, sourceBytes };
		const ds = parsed;
		parsed = null;
		file = null;
		workbookOf = null;
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
		let written: Awaited<ReturnType<typeof writeDataset>>;
		try {
			written = await writeDataset(d, prepared, msg.replaces);
		} catch (e) {
			if (e instanceof QuotaError) {
				post({ type: 'quota', neededBytes: e.neededBytes });
				return;
			}
			throw e;
		}
		// Remembered so the next import of the same export is one click.
		await rememberMapping(d, signature, meta.mapping, meta.importedAt).catch(() => {});
		const replaced = written.replaced && {
			old: !!written.replaced.old,
			settingsMoved: written.replaced.settingsMoved
		};
		post({ type: 'committed', persisted: true, record: prepared.record, replaced });
	}
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	handle(e.data).catch((err) => {
		if (err instanceof FileProblemError) post({ type: 'problem', problem: err.problem });
		else post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	});
};
