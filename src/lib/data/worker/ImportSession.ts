// One file's way through the import worker — preview, validate (again after a mapping change),
// commit — as one object with explicit state, so the worker itself is only a message switch
// and the transitions can be tested in Node (importWorker.ts supplies the Worker-only parts:
// posting, the helper worker, the database).
import { previewFile, SAMPLE_BYTES } from '../pipeline/previewFile';
import {
	checkMapping,
	encodingLinesFor,
	importPartBytes,
	importText
} from '../pipeline/importBytes';
import { joinParts, partCapacities, PARTS_MIN_BYTES } from '../pipeline/importInParts';
import { splitForParts } from '../pipeline/splitForParts';
import { completeDataset } from '../validate/DatasetBuilder';
import { readByteRows } from '../validate/readByteRows';
import { decodeBytes } from '../sniff/detectEncoding';
import { FileProblemError, MAX_BROWSER_BYTES } from '../pipeline/problems';
import type { ImportRequest, ImportResponse } from './protocol';
import { releaseLookups } from '../tables/lazyLabels';
import { transferables } from '../tables/packLabels';
import { packColumns } from '../tables/packColumns';
import type { ParsedDataset } from '../validate/types';
import type { WorkbenchDB } from '../db/schema';
import {
	prepareDataset,
	QuotaError,
	type DatasetMeta,
	type PreparedDataset,
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
import { progressPoster } from './progressPoster';
import { validateSecondPart } from './validateSecondPart';
import { checkStore, SLICED_FROM_BYTES, validateSliced } from './validateSlices';

type Request<T extends ImportRequest['type']> = Extract<ImportRequest, { type: T }>;

/** What the session needs from the thread it runs in. */
export interface SessionHost {
	post(msg: ImportResponse, transfer?: Transferable[]): void;
	/** The database, or null when nothing can be kept (see data/db/openWorkbenchDb). */
	openDb(): Promise<WorkbenchDB | null>;
	/** Starts the part worker that validates a large file's second half (resolves once it runs). */
	startHelper(): Promise<Worker>;
}

/** Where a session stands: no file; a file previewed; a file validated under a mapping. */
export type SessionPhase = 'empty' | 'previewed' | 'validated';

const readAll = (f: Blob) => f.arrayBuffer().then((b) => new Uint8Array(b));

export class ImportSession {
	/** The file the page dropped (kept to tell a new file from the same one previewed again). */
	private dropped: Blob | null = null;
	/** What validation reads: the dropped file, or a workbook sheet as CSV. */
	private file: Blob | null = null;
	private fileName = '';
	/** The header signature the mapping is remembered under. */
	private signature = '';
	/** The whole file, being read since the preview (null once validation has taken it). */
	private reading: Promise<Uint8Array> | null = null;
	/** The last validation: its columns, the mapping it used and the file's size. */
	private validated: { parsed: ParsedDataset; mapping: Mapping; sourceBytes: number } | null = null;
	private db: WorkbenchDB | null = null;
	/** The part worker, started during the preview of a file large enough to be validated in two. */
	private helperStarting: Promise<Worker> | null = null;
	/** The workbook last opened, so choosing another sheet does not parse the file again. */
	private workbookOf: { file: Blob; open: OpenWorkbook } | null = null;
	/** A committed dataset not yet stored: being written, or kept after a failed write. */
	private unsaved: {
		db: WorkbenchDB;
		prepared: PreparedDataset;
		replaces?: string;
		signature: string;
		meta: DatasetMeta;
	} | null = null;

	private readonly host: SessionHost;

	constructor(host: SessionHost) {
		this.host = host;
	}

	private post(msg: ImportResponse, transfer: Transferable[] = []): void {
		this.host.post(msg, transfer);
	}

	get phase(): SessionPhase {
		return this.validated ? 'validated' : this.file ? 'previewed' : 'empty';
	}

	/** Whether the whole file's bytes are read (or being read) and waiting for validation. */
	get holdsBytes(): boolean {
		return this.reading !== null;
	}

	/** Forgets the file and all that was read or validated from it and stops the helper. (The
	 * page cancels by terminating the worker; this is the same for a session that lives on.) */
	cancel(): void {
		this.forgetFile();
		this.unsaved = null;
		this.workbookOf = null;
		this.helperStarting?.then((h) => h.terminate()).catch(() => {});
		this.helperStarting = null;
	}

	private forgetFile(): void {
		this.dropped = null;
		this.file = null;
		this.fileName = '';
		this.signature = '';
		this.reading = null;
		this.validated = null;
	}

	private async openDb(): Promise<WorkbenchDB | null> {
		this.db ??= await this.host.openDb();
		return this.db;
	}

	async preview(msg: Request<'preview'>): Promise<void> {
		// A new file starts from nothing; the same file previewed again (another encoding,
		// delimiter or sheet) keeps its opened workbook, but must be validated again.
		if (msg.file !== this.dropped) this.forgetFile();
		this.validated = null;
		this.dropped = msg.file;
		this.fileName = msg.name;
		const t0 = performance.now();
		const opening = this.openDb();
		// The preview needs only the head of the file (previewFile samples SAMPLE_BYTES); the
		// whole file is read afterwards, while the user looks at the mapping.
		const head = new Uint8Array(await msg.file.slice(0, SAMPLE_BYTES + 1).arrayBuffer());
		const t1 = performance.now();
		if (isWorkbookFormat(detectBinary(head.subarray(0, 8192), this.fileName))) {
			// A workbook is read whole (other files in slices: see validateSlices).
			if (msg.file.size > MAX_BROWSER_BYTES)
				throw new FileProblemError({
					code: 'too_large',
					bytes: msg.file.size,
					limit: MAX_BROWSER_BYTES
				});
			// A workbook: its chosen sheet becomes CSV text, and from here on that text is the file.
			const open =
				this.workbookOf?.file === msg.file
					? this.workbookOf.open
					: openWorkbook(await loadSheetJs(), await readAll(msg.file));
			this.workbookOf = { file: msg.file, open };
			const { preview, csv } = workbookPreview(open, this.fileName, msg.overrides);
			this.signature = preview.signature;
			const d = await opening;
			const remembered = d ? await recallMapping(d, preview.signature).catch(() => null) : null;
			this.post({ type: 'preview', preview, remembered });
			this.file = new Blob([csv as Uint8Array<ArrayBuffer>]);
			this.reading = Promise.resolve(csv);
			return;
		}
		const preview = previewFile(head, this.fileName, msg.overrides);
		const t2 = performance.now();
		this.signature = preview.signature;
		const d = await opening;
		const remembered = d ? await recallMapping(d, preview.signature).catch(() => null) : null;
		// Phase names, not user text; a null prototype all the same (userKeyedRecords).
		const timings: Record<string, number> = Object.create(null);
		Object.assign(timings, {
			previewHead: t1 - t0,
			previewSniff: t2 - t1,
			previewDb: performance.now() - t2,
			preview: performance.now() - t0
		});
		this.post({ type: 'preview', preview, remembered, timings });
		this.file = msg.file;
		// A large file is not read ahead: it is read in slices once the mapping is confirmed.
		this.reading =
			head.length <= SAMPLE_BYTES
				? Promise.resolve(head)
				: msg.file.size < SLICED_FROM_BYTES
					? readAll(msg.file)
					: null;
		// Its script loads while the user looks at the mapping, not after they confirm it.
		if (msg.file.size >= PARTS_MIN_BYTES && !this.helperStarting) {
			this.helperStarting = this.host.startHelper();
			this.helperStarting.catch(() => {}); // a failed start is reported when validation awaits it
		}
		this.reading?.catch(() => {}); // a failed read is reported when validation awaits it
	}

	async validate(msg: Request<'validate'>): Promise<void> {
		const file = this.file;
		if (!file) throw new Error('no file');
		// Validating again after a mapping change reads the file again: the bytes are not kept.
		const t0 = performance.now();
		// Shop exports are folded into orders over their whole text: read whole, size-limited.
		if (msg.mapping.layout && file.size > MAX_BROWSER_BYTES)
			throw new FileProblemError({ code: 'too_large', bytes: file.size, limit: MAX_BROWSER_BYTES });
		// Refused before any row is read when its columns would not fit in the tab.
		await checkStore(file, msg.mapping, msg.today, msg.storeLimit);
		if (file.size >= (msg.slicedFrom ?? SLICED_FROM_BYTES) && !msg.mapping.layout) {
			this.reading = null;
			this.validated = null;
			const sliced = await validateSliced(
				file,
				msg.mapping,
				msg.today,
				() => this.takeHelper(),
				(count) => progressPoster((m) => this.post(m), count)
			);
			this.finishValidation(sliced.parsed, msg.mapping, file.size, {
				...sliced.timings,
				total: performance.now() - t0
			});
			return;
		}
		let bytes: Uint8Array | null = await (this.reading ?? readAll(file));
		this.reading = null;
		checkMapping(msg.mapping);
		const sourceBytes = bytes.length;
		const t1 = performance.now();
		const cut = splitForParts(bytes, msg.mapping, PARTS_MIN_BYTES);
		const progress = progressPoster((m) => this.post(m), cut ? 2 : 1);
		this.validated = null;
		let parsed: ParsedDataset;
		const timings: Record<string, number> = { readWait: t1 - t0 };
		if (cut) {
			// Two cores: a helper validates the second part while this worker does the first.
			// Both parts' columns are sized from the head; the first for the whole file, so the
			// join writes the second into its buffers.
			const caps = partCapacities(bytes, cut);
			const helper = await this.takeHelper();
			const t2 = performance.now();
			const second = (
				await validateSecondPart(
					helper,
					bytes.slice(cut.at),
					msg.mapping,
					msg.today,
					(p) => progress(1, p),
					caps.second
				)
			).result;
			const t3 = performance.now();
			const firstBytes = bytes.subarray(0, cut.at);
			bytes = null;
			const first = importPartBytes(
				firstBytes,
				msg.mapping,
				msg.today,
				(p) => progress(0, p),
				caps.first
			);
			const t4 = performance.now();
			const secondPart = await second;
			const t5 = performance.now();
			parsed = joinParts(msg.mapping, first, secondPart.part, cut);
			Object.assign(timings, {
				splitAndHelper: t2 - t1,
				handToHelper: t3 - t2,
				firstPart: t4 - t3,
				secondPart: secondPart.ms,
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
		timings.total = performance.now() - t0;
		this.finishValidation(parsed, msg.mapping, sourceBytes, timings);
	}

	/** The running helper (started during the preview), or a new one; the caller uses it up. */
	private async takeHelper(): Promise<Worker> {
		const helper = await (this.helperStarting ?? this.host.startHelper());
		this.helperStarting = null;
		return helper;
	}

	/** After either road: lookups released, the result kept, the report (or "no rows") posted. */
	private finishValidation(
		parsed: ParsedDataset,
		mapping: Mapping,
		sourceBytes: number,
		timings: Record<string, number>
	): void {
		// Nothing is coded after validation: the dictionaries' lookup tables go before the save.
		for (const c of Object.values(parsed.columns)) if (c.type === 'dict') releaseLookups(c);
		this.validated = { parsed, mapping, sourceBytes };
		if (parsed.rows === 0) {
			this.post({ type: 'problem', problem: { code: 'no_rows_accepted' } });
			return;
		}
		this.post({
			type: 'report',
			report: parsed.report,
			stats: parsed.stats,
			rows: parsed.rows,
			timings
		});
	}

	/**
	 * Transfers the columns (codes, values and label bytes) to the engine's port, or to the page
	 * without one, and tells the page the dataset is ready. With a database, what IndexedDB gets
	 * is encoded first, into arrays of its own (prepareDataset copies even what it leaves
	 * unencoded). Issue 22: ten million rows' columns were held three times while a copy crossed
	 * to the engine; now they move. Afterwards the dataset's typed arrays are detached here:
	 * the caller must drop `ds` (its dictionaries' remaining index goes with it).
	 */
	private handOver(
		ds: ParsedDataset,
		meta: DatasetMeta,
		persist: boolean,
		port: MessagePort | undefined
	): PreparedDataset | null {
		const t0 = performance.now();
		const prepared = persist ? prepareDataset(ds, meta) : null;
		const t1 = performance.now();
		const record: DatasetRecord = {
			...meta,
			kind: ds.kind,
			rows: ds.rows,
			fields: ds.fields,
			stats: ds.stats,
			report: ds.report,
			// The size it will take once saved (the compact one) — or, kept in memory only, its
			// columns' (counting ten million labels' bytes is a pass of its own: not done twice).
			storedBytes: prepared ? prepared.record.storedBytes : storedBytes(ds)
		};
		const dataset = packColumns({ rows: ds.rows, fields: ds.fields, columns: ds.columns });
		const transfer = transferables(dataset);
		if (port) port.postMessage(dataset, transfer);
		const timings = { prepare: t1 - t0, transfer: performance.now() - t1 };
		this.post(
			{ type: 'ready', record, dataset: port ? undefined : dataset, timings },
			port ? [] : transfer
		);
		return prepared;
	}

	async commit(msg: Request<'commit'>): Promise<void> {
		let taken = this.validated;
		if (!taken) throw new Error('nothing to commit');
		const { mapping, sourceBytes } = taken;
		const meta = { ...msg.meta, mapping, sourceName: this.fileName, sourceBytes };
		const signature = this.signature;
		this.validated = null;
		this.file = null;
		this.dropped = null;
		this.workbookOf = null;
		const d = msg.persist ? await this.openDb() : null;
		const prepared = this.handOver(taken.parsed, meta, d !== null, msg.engine);
		taken = null; // its columns are detached now; nothing holds them while the write runs
		if (!d || !prepared) {
			this.post({ type: 'committed', persisted: false });
			return;
		}
		this.unsaved = { db: d, prepared, replaces: msg.replaces, signature, meta };
		await this.save();
	}

	/** Whether a failed save's dataset is kept for another try (see retrySave). */
	get holdsUnsaved(): boolean {
		return this.unsaved !== null;
	}

	/** After 'saveFailed': the same prepared dataset written again (the user asked). */
	async retrySave(): Promise<void> {
		if (!this.unsaved) throw new Error('nothing to save');
		await this.save();
	}

	/**
	 * Writes what the commit prepared, in one transaction (a reload meanwhile finds the old
	 * state), telling the page how far it is. A failure other than space keeps the prepared
	 * dataset for a retry; nothing of it was written.
	 */
	private async save(): Promise<void> {
		const u = this.unsaved;
		if (!u) return;
		let written: Awaited<ReturnType<typeof writeDataset>>;
		try {
			written = await writeDataset(u.db, u.prepared, u.replaces, (fraction) =>
				this.post({ type: 'saveProgress', fraction })
			);
		} catch (e) {
			if (e instanceof QuotaError) {
				this.unsaved = null;
				this.post({ type: 'quota', neededBytes: e.neededBytes });
				return;
			}
			this.post({ type: 'saveFailed', message: e instanceof Error ? e.message : String(e) });
			return;
		}
		this.unsaved = null;
		// Remembered so the next import of the same export is one click.
		await rememberMapping(u.db, u.signature, u.meta.mapping, u.meta.importedAt).catch(() => {});
		const replaced = written.replaced && {
			old: !!written.replaced.old,
			settingsMoved: written.replaced.settingsMoved
		};
		this.post({ type: 'committed', persisted: true, record: u.prepared.record, replaced });
	}
}
