// The active workspace: its datasets, which of them feed the analyses, its name and
// settings. Datasets live in IndexedDB; when it is unavailable the workspace is kept in
// memory for this tab and the page says so. Other tabs hear of changes on a BroadcastChannel.
import { WorkbenchDB } from '../data/db/schema';
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

const CHANNEL = 'crm-workbench';

class Workspace {
	ready = $state(false);
	persistent = $state(true);
	name = $state('');
	datasets = $state<DatasetRecord[]>([]);
	/** Chosen dataset per kind (defaults to the newest of each kind). */
	selected = $state<Partial<Record<DatasetKind, string>>>({});
	storage = $state<{ usage: number; quota: number; persisted: boolean } | null>(null);
	private db: WorkbenchDB | null = null;
	private channel: BroadcastChannel | null = null;

	async init() {
		if (this.ready) return;
		try {
			if (typeof indexedDB === 'undefined') throw new Error('no indexedDB');
			const db = new WorkbenchDB();
			await db.open();
			this.db = db;
			this.persistent = true;
		} catch {
			this.db = null;
			this.persistent = false;
		}
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
		if (this.db) {
			try {
				this.datasets = await listDatasets(this.db);
				this.name = (await getSetting<string>(this.db, 'workspace.name')) ?? '';
				this.selected =
					(await getSetting<Partial<Record<DatasetKind, string>>>(this.db, 'workspace.selected')) ??
					{};
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

	async select(kind: DatasetKind, id: string) {
		this.selected = { ...this.selected, [kind]: id };
		if (this.db) await setSetting(this.db, 'workspace.selected', $state.snapshot(this.selected));
		this.announce('selected');
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
		this.announce('changed', record.id);
		this.estimate();
	}

	/** A dataset `added` before its save is now stored: its final record; other tabs may read it. */
	stored(record: DatasetRecord) {
		this.datasets = this.datasets.map((d) => (d.id === record.id ? record : d));
		this.announce('changed', record.id);
	}

	async renameDataset(id: string, name: string) {
		if (this.db) await renameDataset(this.db, id, name);
		this.datasets = this.datasets.map((d) => (d.id === id ? { ...d, name } : d));
		this.announce('renamed', id);
	}

	async remove(id: string) {
		if (this.db) await deleteDataset(this.db, id);
		engine.forget(id);
		this.datasets = this.datasets.filter((d) => d.id !== id);
		this.pruneSelection();
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
