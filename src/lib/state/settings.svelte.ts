// The one settings model: every analysis setting a user can change, per dataset (see
// settings/viewSettings.ts for the groups), and the workspace's report (sections, titles,
// notes: settings/reportConfig.ts; paper and orientation: settings/printPage.ts), with undo/redo
// over every change and the saved views. Stored in IndexedDB's settings table
// (`view.<dataset id>`, `report.config`, `report.page`, `views.saved`), so settings
// survive reloads and travel wherever that table goes: the workspace file and share links.
// Pages never hold their own copies: the per-page classes in views/ read and write through here.
import { untrack } from 'svelte';
import { getSetting, setSetting } from '../data/db/datasetStore';
import { deleteSetting, readSettingsWithPrefix } from '../data/db/settingsStore';
import type { WorkbenchDB } from '../data/db/schema';
import { VIEW_KEY } from '../data/db/snapshotWorkspace';
import { SettingsHistory, type HistoryStep } from './settings/SettingsHistory';
import {
	NAME_MAX,
	SAVED_VIEWS_KEY,
	readSavedViews,
	type SavedView,
	type ViewPath
} from './settings/savedViews';
import { readReportConfig, REPORT_SETTING, type ReportConfig } from './settings/reportConfig';
import { PRINT_SETTING, readPrintSetup, type PrintSetup } from './settings/printPage';
import {
	defaultViewSettings,
	GROUPS,
	readViewSettings,
	validField,
	type GroupName,
	type ViewSettings
} from './settings/viewSettings';

/** One dataset's settings are stored under this prefix and its id (see snapshotWorkspace). */
export const VIEW_PREFIX = VIEW_KEY;
/** What a dataset without stored settings reads (never written to: writes create the entry). */
const DEFAULTS = defaultViewSettings();
/**
 * The undo history's scope of the report record (dataset scopes are dataset ids: `ds-…` or a
 * sample's, never this key).
 */
export const REPORT_SCOPE = REPORT_SETTING;
/** The undo history's scope of the report's paper and orientation. */
export const PAGE_SCOPE = PRINT_SETTING;

export interface BatchOptions {
	/** False for changes the app makes by itself (the language's default preset): not undoable. */
	history?: boolean;
	/** Typing in one text field: changes of the same burst are one undo step (see endBurst). */
	burst?: string;
}

export class SettingsModel {
	/** Settings per dataset id (ids are generated, never user text). */
	byId = $state<Record<string, ViewSettings>>({});
	saved = $state<SavedView[]>([]);
	/**
	 * The report's choices; null until the user changes one (the report view then ticks the
	 * sections the data allows, and follows the data as it arrives).
	 */
	report = $state<ReportConfig | null>(null);
	/** The report's paper and orientation; null until chosen (A4 portrait). */
	page = $state<PrintSetup | null>(null);
	canUndo = $state(false);
	canRedo = $state(false);
	private history = new SettingsHistory();
	private depth = 0;
	private before = new Map<string, string>();
	private recordThis = true;
	private burst: string | undefined;
	private db: WorkbenchDB | null = null;
	private writes: Promise<void> = Promise.resolve();

	/** A dataset's settings (the defaults until something is changed or stored). */
	of(id: string): ViewSettings {
		return this.byId[id] ?? DEFAULTS;
	}

	/** Whether anything is kept for a dataset (else it reads the defaults). */
	has(id: string): boolean {
		return Object.hasOwn(this.byId, id);
	}

	group<G extends GroupName>(id: string, group: G): ViewSettings[G] {
		return this.of(id)[group];
	}

	/** Sets one field; a value that fails the field's check is refused (returns false). */
	set<G extends GroupName, K extends keyof ViewSettings[G]>(
		id: string,
		group: G,
		key: K,
		value: ViewSettings[G][K],
		options?: BatchOptions
	): boolean {
		const plain = clone(value);
		if (!validField(group, key, plain)) return false;
		this.batch(
			[id],
			() => {
				const target = this.ensure(id)[group];
				if (JSON.stringify(target[key]) !== JSON.stringify(plain)) target[key] = plain;
			},
			options
		);
		return true;
	}

	/** Runs `fn` as one user action: one undo step, one write per dataset it changed. */
	batch(ids: string[], fn: () => void, { history = true, burst }: BatchOptions = {}): void {
		if (this.depth === 0) {
			this.recordThis = history;
			this.burst = burst;
		}
		for (const id of ids) if (!this.before.has(id)) this.before.set(id, this.json(id));
		this.depth++;
		try {
			fn();
		} finally {
			this.depth--;
			if (this.depth === 0) this.commit();
		}
	}

	/** Sets the report's choices (one undo step, or part of a typing burst). */
	setReport(next: ReportConfig, options?: BatchOptions): void {
		const clean = readReportConfig(clone(next));
		this.batch([REPORT_SCOPE], () => (this.report = clean), options);
	}

	/** Sets the report's paper and orientation (one undo step). */
	setPage(next: PrintSetup, options?: BatchOptions): void {
		const clean = readPrintSetup(clone(next));
		this.batch([PAGE_SCOPE], () => (this.page = clean), options);
	}

	/** A text field was left: the next change is a new undo step. */
	endBurst(): void {
		this.history.endBurst();
	}

	undo(): boolean {
		const step = this.history.undo();
		if (step) this.applyStep(step, 'before');
		return step !== null;
	}

	redo(): boolean {
		const step = this.history.redo();
		if (step) this.applyStep(step, 'after');
		return step !== null;
	}

	/**
	 * Reads every stored dataset's settings and the saved views (at start, after a restore or a
	 * change in another tab). Undo history refers to the settings it replaces, so it is cleared.
	 */
	async load(db: WorkbenchDB | null): Promise<void> {
		this.db = db;
		await this.writes;
		if (!db) return;
		try {
			const records = await readSettingsWithPrefix(db, VIEW_PREFIX);
			const next: Record<string, ViewSettings> = {};
			for (const r of records)
				next[r.key.slice(VIEW_PREFIX.length)] = readViewSettings(r.value).settings;
			const saved = readSavedViews(await getSetting(db, SAVED_VIEWS_KEY));
			const report = readReportConfig(await getSetting(db, REPORT_SETTING));
			const page = await getSetting(db, PRINT_SETTING);
			this.byId = next;
			this.saved = saved;
			this.report = report;
			this.page = page === undefined ? null : readPrintSetup(page);
			this.history.clear();
			this.sync();
		} catch {
			// A blocked or deleted database: keep what the page has.
		}
	}

	/** A dataset was deleted: its settings go with it. */
	forget(id: string): void {
		delete this.byId[id];
		const db = this.db;
		if (db) this.queue(() => deleteSetting(db, VIEW_PREFIX + id));
	}

	/**
	 * A dataset replaced by a re-import of the same kind: its settings (and their undo steps) now
	 * belong to the new dataset. The import worker already moved the stored record in the
	 * transaction that replaced the data; writing it again here stores the same value, and keeps
	 * any change made meanwhile. Returns whether the old dataset had settings.
	 */
	adopt(from: string, to: string): boolean {
		const had = this.has(from);
		if (had) {
			this.byId[to] = this.byId[from];
			delete this.byId[from];
			this.persist(to, this.json(to));
			const db = this.db;
			if (db) this.queue(() => deleteSetting(db, VIEW_PREFIX + from));
		}
		this.history.renameScope(from, to);
		this.sync();
		return had;
	}

	/** Names the current view: the page and the settings of the datasets it reads. */
	saveView(name: string, path: ViewPath, subject: string, survey: string | null): SavedView | null {
		const clean = name.trim().slice(0, NAME_MAX);
		if (!clean) return null;
		const view: SavedView = {
			id: newId(),
			name: clean,
			path,
			savedAt: new Date().toISOString(),
			settings: clone(this.of(subject)),
			survey: survey ? clone(this.of(survey)) : null
		};
		this.saved = [...this.saved, view];
		this.writeSaved();
		return view;
	}

	/** Applies a saved view's settings to the datasets in use, as one undoable step. */
	openView(id: string, subject: string, survey: string | null): SavedView | null {
		const view = this.saved.find((v) => v.id === id);
		if (!view) return null;
		const ids = survey && view.survey ? [subject, survey] : [subject];
		this.batch(ids, () => {
			this.applySettings(subject, view.settings);
			if (survey && view.survey) this.applySettings(survey, view.survey);
		});
		return view;
	}

	deleteView(id: string): void {
		this.saved = this.saved.filter((v) => v.id !== id);
		this.writeSaved();
	}

	// ---- internals ----

	private ensure(id: string): ViewSettings {
		if (!this.byId[id]) this.byId[id] = defaultViewSettings();
		return this.byId[id];
	}

	private json(id: string): string {
		if (id === REPORT_SCOPE) return untrack(() => JSON.stringify(this.report));
		if (id === PAGE_SCOPE) return untrack(() => JSON.stringify(this.page));
		return untrack(() => JSON.stringify(this.of(id)));
	}

	private commit() {
		const step: HistoryStep = [];
		for (const [scope, before] of this.before) {
			const after = this.json(scope);
			if (after === before) continue;
			step.push({ scope, before, after });
			this.persist(scope, after);
		}
		this.before.clear();
		if (this.recordThis) this.history.record(step, this.burst);
		this.sync();
	}

	private applyStep(step: HistoryStep, side: 'before' | 'after') {
		for (const change of step) {
			if (change.scope === REPORT_SCOPE) {
				this.report = readReportConfig(JSON.parse(change[side]));
				this.persist(change.scope, change[side]);
				continue;
			}
			if (change.scope === PAGE_SCOPE) {
				const value: unknown = JSON.parse(change[side]);
				this.page = value === null ? null : readPrintSetup(value);
				this.persist(change.scope, change[side]);
				continue;
			}
			this.applySettings(change.scope, readViewSettings(JSON.parse(change[side])).settings);
			this.persist(change.scope, change[side]);
		}
		this.sync();
	}

	/** Replaces a dataset's settings field by field, so only readers of changed fields re-run. */
	private applySettings(id: string, next: ViewSettings) {
		const target = this.ensure(id);
		for (const g of GROUPS) {
			const from = target[g] as unknown as Record<string, unknown>;
			const to = next[g] as unknown as Record<string, unknown>;
			for (const key of Object.keys(to))
				if (untrack(() => JSON.stringify(from[key])) !== JSON.stringify(to[key]))
					from[key] = clone(to[key]);
		}
	}

	private persist(id: string, json: string) {
		const db = this.db;
		// '' is the scratch entry of a page with no dataset yet: nothing to keep.
		if (!db || id === '') return;
		if (id === REPORT_SCOPE || id === PAGE_SCOPE) {
			const value: unknown = JSON.parse(json);
			// Back to "never changed": the record goes (the report follows the data again, the
			// page is A4 portrait again).
			this.queue(() => (value === null ? deleteSetting(db, id) : setSetting(db, id, value)));
			return;
		}
		this.queue(() => setSetting(db, VIEW_PREFIX + id, JSON.parse(json)));
	}

	private writeSaved() {
		const db = this.db;
		const value = clone(this.saved);
		if (db) this.queue(() => setSetting(db, SAVED_VIEWS_KEY, value));
	}

	/** Writes run one after another, in the order of the changes; a failed one is not retried. */
	private queue(write: () => Promise<void>) {
		this.writes = this.writes.then(write).catch(() => {});
	}

	/** Resolves when every write so far has finished (tests; a restore waits for it too). */
	flushed(): Promise<void> {
		return this.writes;
	}

	private sync() {
		this.canUndo = this.history.canUndo;
		this.canRedo = this.history.canRedo;
	}
}

function clone<T>(value: T): T {
	if (value === undefined) return value;
	return JSON.parse(JSON.stringify($state.snapshot(value))) as T;
}

function newId(): string {
	return typeof crypto !== 'undefined' && crypto.randomUUID
		? crypto.randomUUID()
		: `v${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

export const settings = new SettingsModel();

/**
 * One group of one dataset's settings as an object whose fields read and write through the
 * model (so `bind:value={x.field}` on a page goes through the checks and the undo history).
 */
export function boundGroup<G extends GroupName>(
	group: G,
	subject: () => string,
	model: SettingsModel = settings
): ViewSettings[G] {
	const out = {} as ViewSettings[G];
	for (const key of Object.keys(DEFAULTS[group]) as (keyof ViewSettings[G])[])
		Object.defineProperty(out, key, {
			enumerable: true,
			get: () => model.group(subject(), group)[key],
			set: (v: ViewSettings[G][typeof key]) => void model.set(subject(), group, key, v)
		});
	return out;
}
