// The active workspace: its datasets, which of them feed the analyses, its name and
// settings. Datasets live in IndexedDB; when it is unavailable the workspace is kept in
// memory for this tab and the page says so. Other tabs hear of changes on a BroadcastChannel.
import type { WorkbenchDB } from '../data/db/schema';
import { openWorkbenchDb } from '../data/db/openWorkbenchDb';
import {
	deleteDataset,
	getSetting,
	listDatasets,
	renameDataset,
	setSetting
} from '../data/db/datasetStore';
import type { DatasetRecord } from '../data/db/records';
import type { DatasetKind } from '../data/map/types';
import { engine } from './engine.svelte';
import { settings } from './settings.svelte';

const CHANNEL = 'crm-workbench';

/** What customer behaviour is read from: dated transactions or an imported customer summary. */
export type BehaviourKind = 'transactions' | 'summary';
/** The time unit of a summary's recency and T: the file does not say, the user does. */
export type SummaryUnit = 'day' | 'week' | 'month';

class Workspace {
	ready = $state(false);
	persistent = $state(true);
	name = $state('');
	datasets = $state<DatasetRecord[]>([]);
	/** Chosen dataset per kind (defaults to the newest of each kind). */
	selected = $state<Partial<Record<DatasetKind, string>>>({});
	/** Transactions or the summary for lifetime value and segments; null = the newer of the two. */
	behaviourKind = $state<BehaviourKind | null>(null);
	/** Per summary dataset, the unit the user stated (default week). */
	summaryUnits = $state<Record<string, SummaryUnit>>({});
	storage = $state<{ usage: number; quota: number; persisted: boolean } | null>(null);
	private db: WorkbenchDB | null = null;
	private channel: BroadcastChannel | null = null;

	async init() {
		if (this.ready) return;
		this.db = await openWorkbenchDb();
		this.persistent = this.db !== null;
		try {
			this.channel = new BroadcastChannel(CHANNEL);
			this.channel.onmessage = (e) => this.onRemote(e.data);
		} catch {
			this.channel = null;
		}
		await this.refresh();
		this.ready = true;
	}

	private async onRemote(msg: { type: string; id?: string }) {
		if (msg.type === 'deleted' && msg.id) engine.forget(msg.id);
		if (msg.type === 'changed' && msg.id) engine.forget(msg.id);
		await this.refresh();
	}

	private announce(type: string, id?: string) {
		this.channel?.postMessage({ type, id });
	}

	async refresh() {
		// Settings first: a page that sees a dataset reads its stored settings, not the defaults.
		await settings.load(this.db);
		if (this.db) {
			try {
				this.datasets = await listDatasets(this.db);
				this.name = (await getSetting<string>(this.db, 'workspace.name')) ?? '';
				this.selected =
					(await getSetting<Partial<Record<DatasetKind, string>>>(this.db, 'workspace.selected')) ??
					{};
				this.behaviourKind =
					(await getSetting<BehaviourKind>(this.db, 'workspace.behaviour')) ?? null;
				this.summaryUnits =
					(await getSetting<Record<string, SummaryUnit>>(this.db, 'workspace.summaryUnits')) ?? {};
			} catch {
				// A blocked or deleted database: keep what the page has.
			}
		}
		this.pruneSelection();
		await this.estimate();
	}

	private pruneSelection() {
		const ids = new Set(this.datasets.map((d) => d.id));
		const next: Partial<Record<DatasetKind, string>> = {};
		for (const kind of ['transactions', 'customers', 'survey', 'summary'] as DatasetKind[]) {
			const chosen = this.selected[kind];
			if (chosen && ids.has(chosen)) next[kind] = chosen;
			else {
				const newest = this.datasets.filter((d) => d.kind === kind).at(-1);
				if (newest) next[kind] = newest.id;
			}
		}
		this.selected = next;
	}

	/** The dataset feeding analyses of a kind, if any. */
	active(kind: DatasetKind): DatasetRecord | undefined {
		const id = this.selected[kind];
		return this.datasets.find((d) => d.id === id);
	}

	/**
	 * The dataset lifetime value and segments read customer behaviour from: the active
	 * transactions or the active customer summary, whichever the user chose (importing one
	 * chooses it), else the one imported last.
	 */
	behaviour(): DatasetRecord | undefined {
		const tx = this.active('transactions');
		const su = this.active('summary');
		if (!tx || !su) return tx ?? su;
		if (this.behaviourKind) return this.behaviourKind === 'summary' ? su : tx;
		return su.importedAt > tx.importedAt ? su : tx;
	}

	async setBehaviour(kind: BehaviourKind) {
		this.behaviourKind = kind;
		if (this.db) await setSetting(this.db, 'workspace.behaviour', kind);
		this.announce('selected');
	}

	summaryUnit(id: string): SummaryUnit {
		return this.summaryUnits[id] ?? 'week';
	}

	async setSummaryUnit(id: string, unit: SummaryUnit) {
		this.summaryUnits = { ...this.summaryUnits, [id]: unit };
		if (this.db)
			await setSetting(this.db, 'workspace.summaryUnits', $state.snapshot(this.summaryUnits));
		this.announce('selected');
	}

	async select(kind: DatasetKind, id: string) {
		this.selected = { ...this.selected, [kind]: id };
		if (this.db) await setSetting(this.db, 'workspace.selected', $state.snapshot(this.selected));
		// Picking a transactions or summary dataset also picks it as the behaviour source.
		if (kind === 'transactions' || kind === 'summary') await this.setBehaviour(kind);
		else this.announce('selected');
	}

	async rename(name: string) {
		this.name = name;
		if (this.db) await setSetting(this.db, 'workspace.name', name);
		this.announce('renamed');
	}

	/** A dataset the import worker has committed (or kept in memory). */
	added(record: DatasetRecord) {
		this.datasets = [...this.datasets.filter((d) => d.id !== record.id), record];
		this.selected = { ...this.selected, [record.kind]: record.id };
		if (this.db)
			setSetting(this.db, 'workspace.selected', $state.snapshot(this.selected)).catch(() => {});
		// A freshly imported summary (or transactions) is what the user wants to analyse next.
		if (record.kind === 'transactions' || record.kind === 'summary') {
			this.behaviourKind = record.kind;
			if (this.db) setSetting(this.db, 'workspace.behaviour', record.kind).catch(() => {});
		}
		this.announce('changed', record.id);
		this.estimate();
	}

	/** A dataset `added` before its save is now stored: its final record; other tabs may read it. */
	stored(record: DatasetRecord) {
		this.datasets = this.datasets.map((d) => (d.id === record.id ? record : d));
		this.announce('changed', record.id);
	}

	/**
	 * A re-import replaced dataset `old` with `record` (the import worker deleted it in the
	 * transaction that stored the new one, or there is no database): the old one leaves the list
	 * and the engine, and what was kept for it follows when the kind is the same — its settings,
	 * its place as the dataset in use, a summary's time unit. Returns whether settings moved.
	 */
	replaced(old: DatasetRecord, record: DatasetRecord): boolean {
		const oldId = old.id;
		engine.forget(oldId);
		const sameKind = old.kind === record.kind;
		const moved = sameKind ? settings.adopt(oldId, record.id) : false;
		if (!sameKind) settings.forget(oldId);
		if (sameKind && Object.hasOwn(this.summaryUnits, oldId)) {
			const units = { ...this.summaryUnits, [record.id]: this.summaryUnits[oldId] };
			delete units[oldId];
			this.summaryUnits = units;
			if (this.db)
				setSetting(this.db, 'workspace.summaryUnits', $state.snapshot(units)).catch(() => {});
		}
		this.datasets = this.datasets.filter((d) => d.id !== oldId);
		this.pruneSelection();
		if (this.db)
			setSetting(this.db, 'workspace.selected', $state.snapshot(this.selected)).catch(() => {});
		this.announce('deleted', oldId);
		void this.estimate();
		return moved;
	}

	async renameDataset(id: string, name: string) {
		if (this.db) await renameDataset(this.db, id, name);
		this.datasets = this.datasets.map((d) => (d.id === id ? { ...d, name } : d));
		this.announce('renamed', id);
	}

	async remove(id: string) {
		// Off the list before the deletion is awaited: whatever is shown meanwhile must not name
		// it (a storage-full message once advised deleting the dataset whose save had failed).
		engine.forget(id);
		settings.forget(id);
		this.datasets = this.datasets.filter((d) => d.id !== id);
		this.pruneSelection();
		if (this.db) await deleteDataset(this.db, id);
		if (this.db) await setSetting(this.db, 'workspace.selected', $state.snapshot(this.selected));
		this.announce('deleted', id);
		await this.estimate();
	}

	async estimate() {
		if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return;
		try {
			const e = await navigator.storage.estimate();
			const persisted = navigator.storage.persisted ? await navigator.storage.persisted() : false;
			this.storage = { usage: e.usage ?? 0, quota: e.quota ?? 0, persisted };
		} catch {
			this.storage = null;
		}
	}

	async persist() {
		if (navigator.storage?.persist) await navigator.storage.persist();
		await this.estimate();
	}
}

export const workspace = new Workspace();
