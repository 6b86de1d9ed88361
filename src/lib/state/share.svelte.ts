// Workspace files and share links. Everything goes through ONE restore path: bytes →
// unpackWorkspace (validate → migrate → defaults) → a pending snapshot the user confirms →
// restoreWorkspace (one IndexedDB transaction) → the engine forgets replaced datasets and the
// workspace re-reads IndexedDB. Files are written and read on this device only; links carry
// data in the URL fragment, which the browser never sends to the server hosting the app.
import type { WorkbenchDB } from '../data/db/schema';
import { openWorkbenchDb } from '../data/db/openWorkbenchDb';
import { getSetting, QuotaError, setSetting } from '../data/db/datasetStore';
import { restoreWorkspace } from '../data/db/restoreWorkspace';
import { snapshotWorkspace } from '../data/db/snapshotWorkspace';
import type { WorkspaceSnapshot } from '../data/workspaceFile/format';
import { workspaceFileName } from '../data/workspaceFile/workspaceFileName';
import {
	MAX_FILE_INFLATED,
	MAX_LINK_INFLATED,
	packWorkspace,
	unpackWorkspace
} from '../data/workspaceFile/packWorkspace';
import {
	fromShareFragment,
	SHARE_MAX_BYTES,
	SHARE_WARN_BYTES,
	toShareFragment
} from '../data/workspaceFile/shareFragment';
import { WorkspaceFileProblem } from '../data/workspaceFile/WorkspaceFileProblem';
import { engine } from './engine.svelte';
import { framedByOtherSite } from './framedByOtherSite';
import { workspace } from './workspace.svelte';

export type ShareAction = 'export' | 'file' | 'link' | 'share';

/** A message key `wbfile.problem.<code>` with its values, and which action it belongs to. */
export interface ShareProblem {
	action: ShareAction;
	code: string;
	values: Record<string, string | number>;
}

export interface PendingRestore {
	source: 'file' | 'link';
	/** File name, for the dialog. */
	name: string;
	snapshot: WorkspaceSnapshot;
}

export interface ShareLink {
	url: string;
	/** Packed (gzip) bytes of the datasets the link carries. */
	bytes: number;
	datasets: number;
	large: boolean;
}

const CHANNEL = 'crm-workbench';

/** A problem of this device or of the request, not of a file. */
class ShareError extends Error {
	constructor(
		public code: 'no_storage' | 'link_too_large',
		public values: Record<string, string | number> = {}
	) {
		super(code);
	}
}

function problemOf(action: ShareAction, e: unknown): ShareProblem {
	if (e instanceof WorkspaceFileProblem) {
		// A link cut short by a chat app fails in gzip: say "link", not "file".
		const code = action === 'link' && e.code === 'corrupt_file' ? 'link_damaged' : e.code;
		return { action, code, values: { detail: '', ...e.values } };
	}
	if (e instanceof ShareError) return { action, code: e.code, values: e.values };
	if (e instanceof QuotaError) return { action, code: 'quota', values: { bytes: e.neededBytes } };
	const message = e instanceof Error ? e.message : String(e);
	return { action, code: 'failed', values: { message } };
}

class Share {
	busy = $state<ShareAction | 'restore' | null>(null);
	problem = $state<ShareProblem | null>(null);
	/** A validated snapshot waiting for the user's "replace" (raw: typed arrays, large lists). */
	pending = $state.raw<PendingRestore | null>(null);
	restored = $state<{ source: 'file' | 'link'; datasets: number; rows: number } | null>(null);
	exported = $state<{ name: string; bytes: number; datasets: number } | null>(null);
	link = $state<ShareLink | null>(null);
	presenting = $state(false);
	private db: WorkbenchDB | null | undefined;

	private async open(): Promise<WorkbenchDB | null> {
		if (this.db !== undefined) return this.db;
		this.db = await openWorkbenchDb();
		return this.db;
	}

	private start(action: ShareAction | 'restore') {
		this.busy = action;
		this.problem = null;
		this.restored = null;
	}

	/** The whole workspace as a .crmwb file (the caller saves it). */
	async exportFile(): Promise<{ name: string; blob: Blob } | null> {
		this.start('export');
		this.exported = null;
		try {
			const db = await this.open();
			if (!db || !workspace.persistent) throw new ShareError('no_storage');
			const now = new Date();
			const snapshot = await snapshotWorkspace(db, now.toISOString());
			const packed = await packWorkspace(snapshot);
			const name = workspaceFileName(workspace.name, now.toISOString().slice(0, 10));
			this.exported = { name, bytes: packed.length, datasets: snapshot.datasets.length };
			return { name, blob: new Blob([packed as BlobPart], { type: 'application/octet-stream' }) };
		} catch (e) {
			this.problem = problemOf('export', e);
			return null;
		} finally {
			this.busy = null;
		}
	}

	/** Reads and checks a workspace file; on success the restore dialog asks to replace. */
	async openFile(file: Blob, name: string): Promise<void> {
		this.start('file');
		try {
			// A file larger than the unpacked limit is refused before it is read into memory.
			if (file.size > MAX_FILE_INFLATED)
				throw new WorkspaceFileProblem('too_large', { limit: MAX_FILE_INFLATED, source: 'file' });
			const snapshot = await unpackWorkspace(new Uint8Array(await file.arrayBuffer()));
			this.pending = { source: 'file', name, snapshot };
		} catch (e) {
			this.problem = problemOf('file', e);
		} finally {
			this.busy = null;
		}
	}

	/** Reads the `#data=…` of a shared link, if there is one. */
	async openLink(hash: string): Promise<boolean> {
		// Never from inside another site's frame (the layout does not even run the app there).
		if (typeof window !== 'undefined' && framedByOtherSite(window)) return false;
		let bytes: Uint8Array | null;
		try {
			bytes = fromShareFragment(hash);
		} catch (e) {
			this.problem = problemOf('link', e);
			return true;
		}
		if (!bytes) return false;
		this.start('link');
		try {
			const snapshot = await unpackWorkspace(bytes, { limit: MAX_LINK_INFLATED, source: 'link' });
			this.pending = { source: 'link', name: '', snapshot };
		} catch (e) {
			this.problem = problemOf('link', e);
		} finally {
			this.busy = null;
		}
		return true;
	}

	cancel() {
		this.pending = null;
	}

	/**
	 * Replaces the workspace with the pending snapshot: all of it, or nothing. Its remembered
	 * mappings join this device's only when the user ticked them (`mappings`).
	 */
	async confirm({ mappings = false }: { mappings?: boolean } = {}): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		this.pending = null;
		this.start('restore');
		const { snapshot } = pending;
		try {
			await workspace.init();
			const db = workspace.persistent ? await this.open() : null;
			if (db) {
				const { replaced, records } = await restoreWorkspace(db, snapshot, { mappings });
				const ids = new Set([...replaced, ...records.map((r) => r.id)]);
				for (const id of ids) engine.forget(id);
				await workspace.refresh();
				this.announce([...ids]);
			} else {
				// No IndexedDB (memory-only tab): hand the columns straight to the engine.
				for (const d of [...workspace.datasets]) await workspace.remove(d.id);
				for (const { record, columns } of snapshot.datasets) {
					engine.add(record.id, { rows: record.rows, fields: record.fields, columns });
					workspace.added(record);
				}
			}
			this.restored = {
				source: pending.source,
				datasets: snapshot.datasets.length,
				rows: snapshot.datasets.reduce((n, d) => n + d.record.rows, 0)
			};
		} catch (e) {
			this.problem = problemOf(pending.source, e);
		} finally {
			this.busy = null;
		}
	}

	/** Other tabs drop their cached copies and re-read the workspace. */
	private announce(ids: string[]) {
		try {
			const channel = new BroadcastChannel(CHANNEL);
			for (const id of ids) channel.postMessage({ type: 'changed', id });
			channel.close();
		} catch {
			// No BroadcastChannel: other tabs see the change after a reload.
		}
	}

	/** A link to `base` (query: view settings) that carries the chosen datasets in its fragment. */
	async makeLink(base: URL, ids: string[]): Promise<void> {
		this.start('share');
		this.link = null;
		try {
			const db = await this.open();
			if (!db || !workspace.persistent) throw new ShareError('no_storage');
			const snapshot = await snapshotWorkspace(db, new Date().toISOString(), {
				ids,
				mappings: false
			});
			const packed = await packWorkspace(snapshot);
			if (packed.length > SHARE_MAX_BYTES)
				throw new ShareError('link_too_large', {
					size: packed.length,
					limit: SHARE_MAX_BYTES
				});
			const url = new URL(base);
			url.hash = toShareFragment(packed);
			this.link = {
				url: url.href,
				bytes: packed.length,
				datasets: snapshot.datasets.length,
				large: packed.length > SHARE_WARN_BYTES
			};
		} catch (e) {
			this.problem = problemOf('share', e);
		} finally {
			this.busy = null;
		}
	}

	clearLink() {
		this.link = null;
	}

	/** A setting of this workspace (kept in its file), e.g. the report's sections and notes. */
	async readSetting<T>(key: string): Promise<T | undefined> {
		const db = await this.open();
		return db ? getSetting<T>(db, key).catch(() => undefined) : undefined;
	}

	async writeSetting(key: string, value: unknown): Promise<void> {
		const db = await this.open();
		if (db) await setSetting(db, key, value).catch(() => {});
	}

	togglePresenting(on = !this.presenting) {
		this.presenting = on;
	}
}

export const share = new Share();
