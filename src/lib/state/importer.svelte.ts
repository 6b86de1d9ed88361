// Import jobs, one per file: preview → (user confirms mapping) → validate → (user reads the
// report) → commit. Each job owns a worker; Cancel terminates it, and because the commit is
// a single IndexedDB transaction nothing partial can remain.
import { testSlicedFrom, testStoreLimit } from './testKnobs';
import type { Mapping } from '../data/map/types';
import type { Preview, PreviewOverrides } from '../data/pipeline/previewFile';
import { dateOrderSwitch } from '../data/pipeline/dateOrderSwitch';
import type { FileProblem } from '../data/pipeline/problems';
import type { ImportRequest, ImportResponse } from '../data/worker/protocol';
import type { DatasetStats, ValidationReport } from '../data/validate/types';
import { dayFromYMD } from '../analytics/dates';
import { currencyOfText } from '../data/map/detectCurrency';
import type { DatasetRecord } from '../data/db/records';
import { SvelteMap } from 'svelte/reactivity';
import { engine } from './engine.svelte';
import { workspace } from './workspace.svelte';
import { freeName } from './freeName';
import { settings } from './settings.svelte';
import type { MessageKey } from '../i18n/messageKey';

export type JobStatus =
	| 'previewing'
	| 'mapping'
	| 'validating'
	| 'reviewing'
	| 'committing'
	/** In the workspace and the engine; IndexedDB is still writing. */
	| 'saving'
	/** In the workspace and the engine for this visit; the save failed (retrySave tries again). */
	| 'unsaved'
	| 'done'
	| 'failed'
	| 'cancelled';

let counter = 0;

function newId(): string {
	const rnd =
		typeof crypto !== 'undefined' && crypto.randomUUID
			? crypto.randomUUID().slice(0, 8)
			: Math.random().toString(36).slice(2, 10);
	return `ds-${rnd}-${++counter}`;
}

function newImportWorker(): Worker {
	return new Worker(new URL('../data/worker/importWorker.ts', import.meta.url), {
		type: 'module'
	});
}

let spare: Worker | null = null;

/**
 * Starts an import worker before any file arrives (the Data page calls this), so a dropped
 * file's preview does not wait for the worker's script to load. One at most.
 */
export function prewarmImportWorker(): void {
	if (!spare && typeof Worker !== 'undefined') spare = newImportWorker();
}

/** What counts as the user starting to do something: a pointer, a key, a finger, a drag. */
// Not 'focusin': SvelteKit moves focus to the body on every navigation, the first load
// included; a keyboard user's Tab is a keydown.
const FIRST_INTERACTION = ['pointerover', 'pointerdown', 'keydown', 'touchstart', 'dragenter'];

/**
 * Prewarms the import worker on the user's first interaction with the page instead of at
 * once: on the home page the worker's script (~58 KB gzipped) would otherwise be a quarter of
 * the JavaScript a first visit loads before anything is shown. A pointer reaching the "Load
 * the sample" button or the drop zone still starts it well before the click. Returns the
 * function that removes the listeners (for onMount's cleanup).
 */
export function prewarmImportWorkerOnInteraction(): () => void {
	if (typeof window === 'undefined') return () => {};
	const stop = () => {
		for (const type of FIRST_INTERACTION) window.removeEventListener(type, go, true);
	};
	function go() {
		stop();
		prewarmImportWorker();
	}
	for (const type of FIRST_INTERACTION)
		window.addEventListener(type, go, { capture: true, passive: true });
	return stop;
}

/** Where a dataset in use stands with IndexedDB while it is not yet stored. */
export interface SaveState {
	/** Share written so far (0–1) in the one transaction that stores it. */
	fraction: number;
	/** The save failed: in use for this visit only (the job's card offers another try). */
	failed: boolean;
}

/**
 * Datasets in use but not yet stored, by dataset id: being written, or failed to be. The
 * datasets list says so instead of a size, and closing the tab asks first (it would lose them).
 * Kept here, not on the jobs: a saving job's card can be dismissed while it keeps saving.
 */
export const unsaved = new SvelteMap<string, SaveState>();
let guarding = false;

function setUnsaved(id: string, state: SaveState | null): void {
	if (state) unsaved.set(id, state);
	else unsaved.delete(id);
	if (guarding || typeof window === 'undefined') return;
	guarding = true;
	window.addEventListener('beforeunload', (e) => {
		if (unsaved.size === 0) return;
		// The browser shows its own "leave site?" question; the text is not ours to choose.
		e.preventDefault();
		e.returnValue = '';
	});
}

function takeImportWorker(): Worker {
	const w = spare ?? newImportWorker();
	spare = null;
	return w;
}

export class ImportJob {
	id = newId();
	status = $state<JobStatus>('previewing');
	preview = $state<Preview | null>(null);
	mapping = $state<Mapping | null>(null);
	remembered = $state(false);
	progress = $state({ rows: 0, fraction: 0, rate: 0 });
	/** Share of the dataset written to IndexedDB while saving (0–1). */
	saveFraction = $state(0);
	report = $state<ValidationReport | null>(null);
	stats = $state<DatasetStats | null>(null);
	rows = $state(0);
	/** Where validation's time went (worker clock, ms): read by `npm run bench`. */
	timings: Record<string, number> = {};
	problem = $state<FileProblem | null>(null);
	error = $state<string | null>(null);
	quotaNeeded = $state<number | null>(null);
	/** Importing with many rows rejected waits for the user to say yes (see requestCommit). */
	confirming = $state(false);
	/**
	 * The dataset's currency ('' = none/unknown): what the preview detected, what a shop
	 * export's folded orders counted, or what the user (or a sample's documentation) chose.
	 */
	currency = $state('');
	/** Chosen by the user or declared by a sample: detection no longer overrides it. */
	currencyChosen = false;
	/**
	 * A dataset of the same name already in the workspace, asked about when the user presses
	 * Import: replace it, keep both (this one renamed) or cancel. Nothing is stored meanwhile.
	 */
	clash = $state<DatasetRecord | null>(null);
	/** What the answer to a clash did, said on the card (a message key and the name). */
	outcome = $state<{ key: MessageKey; name: string } | null>(null);
	/** The dataset this import replaces (deleted in the same transaction as the write). */
	private replacing: DatasetRecord | null = null;
	/** The name "keep both" gave this dataset. */
	private renamed: string | null = null;
	private clashAnswered = false;
	private worker: Worker | null = null;
	private started = 0;

	constructor(
		public name: string,
		public file: Blob,
		/** Samples skip the confirmation steps. */
		public auto = false,
		public sample?: string,
		private onDone?: (job: ImportJob) => void,
		/** A currency the source documents (a sample's manifest): used as if chosen. */
		declaredCurrency?: string
	) {
		if (declaredCurrency) this.chooseCurrency(declaredCurrency);
	}

	chooseCurrency(code: string) {
		this.currency = code;
		this.currencyChosen = true;
	}

	private post(msg: ImportRequest, transfer: Transferable[] = []) {
		if (!this.worker) {
			this.worker = takeImportWorker();
			this.worker.onmessage = (e: MessageEvent<ImportResponse>) => this.receive(e.data);
			this.worker.onerror = (e) => {
				// A worker lost while saving took the only copy to be written: in use, not saved.
				if (this.status === 'saving') setUnsaved(this.id, { fraction: 0, failed: true });
				this.status = 'failed';
				this.error = e.message || 'worker error';
			};
		}
		this.worker.postMessage(msg, transfer);
	}

	start(overrides: PreviewOverrides = {}) {
		this.status = 'previewing';
		this.problem = null;
		this.error = null;
		// A workbook stays on the sheet the user chose while other choices are read again.
		const sheet = overrides.sheet ?? this.preview?.workbook?.sheet;
		this.post({
			type: 'preview',
			file: this.file,
			name: this.name,
			overrides: sheet === undefined ? overrides : { ...overrides, sheet }
		});
	}

	/** A workbook's other sheet, read afresh (its kind and header found again). */
	chooseSheet(sheet: string) {
		this.start({ sheet });
	}

	/** The dataset's name: the file's without its extension, and a workbook's sheet. */
	get datasetName(): string {
		if (this.renamed !== null) return this.renamed;
		if (this.sample) return this.name;
		const base = this.name.replace(/\.(csv|txt|tsv|xlsx|xlsm|xls|et|ods|numbers)$/i, '');
		const sheet = this.preview?.workbook?.sheet;
		return sheet === undefined ? base : `${base} – ${sheet}`;
	}

	validate() {
		if (!this.mapping) return;
		this.confirming = false;
		this.status = 'validating';
		this.started = performance.now();
		this.progress = { rows: 0, fraction: 0, rate: 0 };
		const now = new Date();
		// "Future" means after today (plus one day for time zones); only the import reads the clock.
		const today = dayFromYMD(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()) + 1;
		this.post({
			type: 'validate',
			mapping: $state.snapshot(this.mapping) as Mapping,
			today,
			storeLimit: testStoreLimit(),
			slicedFrom: testSlicedFrom()
		});
	}

	/** Over this share of rows rejected, importing asks first: the rejected rows are lost. */
	static CONFIRM_SHARE = 0.05;

	/** Whether importing now needs the user's explicit yes. */
	get needsConfirmation(): boolean {
		const r = this.report;
		return !!r && r.rowsRead > 0 && r.rejected.total / r.rowsRead > ImportJob.CONFIRM_SHARE;
	}

	/** "Import": at once, or after a confirmation that names the rejected rows. */
	requestCommit() {
		if (!this.auto && !this.clashAnswered) {
			const name = this.datasetName;
			const same = workspace.datasets.find((d) => d.name === name && d.id !== this.id);
			if (same) {
				this.clash = same;
				return;
			}
		}
		if (this.needsConfirmation && !this.confirming && !this.auto) this.confirming = true;
		else this.commit();
	}

	/** The name "keep both" would give this dataset: "orders (2)". */
	get keepBothName(): string {
		return freeName(
			this.datasetName,
			workspace.datasets.map((d) => d.name)
		);
	}

	/** The user's answer to a clash of names; Cancel stores nothing, as any cancel. */
	answerClash(choice: 'replace' | 'keepBoth' | 'cancel') {
		const clash = this.clash;
		if (!clash) return;
		if (choice === 'cancel') {
			this.outcome = { key: 'dataPage.replace.cancelled', name: clash.name };
			this.clash = null;
			this.cancel();
			return;
		}
		if (choice === 'keepBoth') this.renamed = this.keepBothName;
		else this.replacing = clash;
		this.clash = null;
		this.clashAnswered = true;
		this.requestCommit();
	}

	/**
	 * The new dataset is stored (and the old one gone with it): the workspace lets the old one go
	 * and moves what it kept for it; the card says what happened.
	 */
	private settleReplacement(settingsMoved: boolean) {
		const old = this.replacing;
		const record = workspace.datasets.find((d) => d.id === this.id);
		if (!old || !record) return;
		const moved = workspace.replaced(old, record) || settingsMoved;
		const key =
			old.kind !== record.kind
				? 'dataPage.replace.replacedOtherKind'
				: moved
					? 'dataPage.replace.replaced'
					: 'dataPage.replace.replacedNoSettings';
		this.outcome = { key, name: old.name };
	}

	/**
	 * The mapping with the date order every validated row favours (null when the chosen one
	 * already reads at least as many): offered as the report's first action.
	 */
	get dateSwitch(): Mapping | null {
		if (!this.mapping || !this.report) return null;
		return dateOrderSwitch(this.mapping, this.report);
	}

	switchDateOrder() {
		const m = this.dateSwitch;
		if (!m) return;
		this.mapping = structuredClone($state.snapshot(m)) as Mapping;
		this.validate();
	}

	commit() {
		this.confirming = false;
		this.status = 'committing';
		this.saveFraction = 0;
		const port = engine.receive(this.id);
		this.post(
			{
				type: 'commit',
				meta: {
					id: this.id,
					name: this.datasetName,
					importedAt: new Date().toISOString(),
					sample: this.sample,
					...(this.currency ? { currency: this.currency } : {})
				},
				persist: workspace.persistent,
				...(this.replacing ? { replaces: this.replacing.id } : {}),
				engine: port
			},
			[port]
		);
	}

	/** The user closed the card of a failed save: the dataset stays for this visit, unsaved. */
	forgetUnsaved() {
		this.worker?.terminate();
		this.worker = null;
	}

	/** After a failed save: the worker writes the same dataset again (it kept it). */
	retrySave() {
		if (this.status !== 'unsaved' || !this.worker) return;
		this.status = 'saving';
		this.error = null;
		this.saveFraction = 0;
		setUnsaved(this.id, { fraction: 0, failed: false });
		this.post({ type: 'retrySave' });
	}

	cancel() {
		const saving = this.status === 'committing';
		setUnsaved(this.id, null);
		this.worker?.terminate();
		this.worker = null;
		this.status = 'cancelled';
		// The save is one transaction: stopped, it stores nothing — unless it had already
		// completed, in which case the page says so instead of "nothing was stored".
		if (saving) void this.settleCancelledSave();
	}

	private async settleCancelledSave() {
		await workspace.refresh();
		const record = workspace.datasets.find((d) => d.id === this.id);
		if (!record) return;
		workspace.added(record);
		// The old dataset went in the same transaction (the refresh no longer lists it).
		this.settleReplacement(settings.has(this.id));
		if (this.renamed !== null)
			this.outcome = { key: 'dataPage.replace.keptBoth', name: this.renamed };
		this.rows = record.rows;
		this.status = 'done';
		this.onDone?.(this);
	}

	private receive(msg: ImportResponse) {
		switch (msg.type) {
			case 'preview':
				if (msg.timings) this.timings = { ...msg.timings };
				this.preview = msg.preview;
				this.remembered = !!msg.remembered;
				// A remembered mapping gives the columns' roles and formats; how this file's bytes
				// are read (encoding, delimiter, header) is this file's own, as the preview found it.
				this.mapping =
					msg.remembered && msg.remembered.columns.length === msg.preview.mapping.columns.length
						? { ...msg.remembered, ...msg.preview.format }
						: msg.preview.mapping;
				if (!this.currencyChosen) this.currency = msg.preview.currency.code ?? '';
				this.status = 'mapping';
				if (this.auto) this.validate();
				break;
			case 'progress': {
				const secs = (performance.now() - this.started) / 1000;
				this.progress = {
					rows: msg.rows,
					fraction: msg.fraction,
					rate: secs > 0 ? msg.rows / secs : 0
				};
				break;
			}
			case 'report': {
				const counted = currencyOfText(msg.report.orders?.currency.main ?? '');
				this.report = msg.report;
				this.stats = msg.stats;
				this.rows = msg.rows;
				this.timings = { ...this.timings, ...msg.timings };
				// A shop export's orders, folded over the whole file, name the currency they counted.
				if (!this.currencyChosen && counted) this.currency = counted;
				this.status = 'reviewing';
				if (this.auto) this.commit();
				break;
			}
			case 'ready':
				if (msg.dataset) engine.add(msg.record.id, msg.dataset);
				if (msg.timings) this.timings = { ...this.timings, ...msg.timings };
				// Listed as being saved before it is listed at all: never shown as stored too early.
				if (workspace.persistent) setUnsaved(msg.record.id, { fraction: 0, failed: false });
				workspace.added(msg.record);
				this.status = 'saving';
				break;
			case 'saveProgress':
				this.saveFraction = msg.fraction;
				setUnsaved(this.id, { fraction: msg.fraction, failed: false });
				break;
			case 'saveFailed':
				// Nothing was written; the data stays in use for this visit and the worker keeps
				// it for another try. The tab is still guarded: closing it loses the dataset.
				this.error = msg.message;
				this.status = 'unsaved';
				setUnsaved(this.id, { fraction: 0, failed: true });
				break;
			case 'committed': {
				setUnsaved(this.id, null);
				this.saveFraction = 1;
				if (msg.record) workspace.stored(msg.record);
				this.settleReplacement(!!msg.replaced?.settingsMoved);
				if (this.renamed !== null)
					this.outcome = { key: 'dataPage.replace.keptBoth', name: this.renamed };
				this.status = 'done';
				this.worker?.terminate();
				this.worker = null;
				this.onDone?.(this);
				break;
			}
			case 'quota':
				// Nothing was written: the dataset leaves the workspace and the engine again, so
				// what the page shows is what a reload will show.
				setUnsaved(this.id, null);
				this.quotaNeeded = msg.neededBytes;
				this.status = 'failed';
				void workspace.remove(this.id).then(() => {
					// A replacement that did not fit: the old dataset is still the one in use.
					const old = this.replacing;
					if (old && workspace.datasets.some((d) => d.id === old.id))
						void workspace.select(old.kind, old.id);
				});
				break;
			case 'problem':
				setUnsaved(this.id, null);
				this.problem = msg.problem;
				this.status = 'failed';
				break;
			case 'error':
				// After 'ready' the data is in use but no longer stored by anyone: say so.
				if (this.status === 'saving') setUnsaved(this.id, { fraction: 0, failed: true });
				else setUnsaved(this.id, null);
				this.error = msg.message;
				this.status = 'failed';
				break;
		}
	}
}

class Importer {
	jobs = $state<ImportJob[]>([]);

	add(
		files: { name: string; blob: Blob; currency?: string }[],
		auto = false,
		sample?: string,
		onDone?: (job: ImportJob) => void
	): ImportJob[] {
		const jobs = files.map((f) => new ImportJob(f.name, f.blob, auto, sample, onDone, f.currency));
		this.jobs = [...this.jobs, ...jobs];
		for (const j of jobs) j.start();
		return jobs;
	}

	dismiss(job: ImportJob) {
		// A job that is saving keeps saving: its data is already in the workspace. One whose save
		// failed keeps its data in use for this visit (the retry goes with the card).
		const finished = ['done', 'failed', 'cancelled', 'saving', 'unsaved'].includes(job.status);
		if (job.status === 'unsaved') job.forgetUnsaved();
		if (!finished) job.cancel();
		this.jobs = this.jobs.filter((j) => j !== job);
	}
}

export const importer = new Importer();
