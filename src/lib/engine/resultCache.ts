// Finished analysis results in the engine worker, so that a page re-asking for what it already
// had (the filter bar's choices on every page, the churn-rule summary on three pages, a tab
// opened again) gets it without computing. Keyed by runKey (analysis + every parameter: dataset
// ids, the workspace filter, the settings), so a changed setting or filter is a different key;
// the worker's datasets changing (import, replace, delete) empties it, since a dataset id's
// rows are what the key cannot say. Pure: engineWorker.ts calls `clear` on those events.

export class ResultCache {
	private entries = new Map<string, unknown>();
	/** Counts clears: a result computed across one is of data that is gone. */
	private generation = 0;

	/** `limit`: results kept, the least recently used dropped first (some hold whole lists). */
	constructor(private readonly limit = 32) {}

	get size(): number {
		return this.entries.size;
	}

	has(key: string): boolean {
		return this.entries.has(key);
	}

	get(key: string): unknown {
		const v = this.entries.get(key);
		if (v !== undefined) {
			// Re-inserted: a Map keeps insertion order, so the first key is the least recently used.
			this.entries.delete(key);
			this.entries.set(key, v);
		}
		return v;
	}

	/** Taken when a computation starts; hand it to `set` with its result. */
	ticket(): number {
		return this.generation;
	}

	/** Keeps a result, unless the datasets changed since its `ticket` (then it may be stale). */
	set(key: string, value: unknown, ticket: number) {
		// undefined would read as a miss; analyses return objects, arrays, numbers or booleans.
		if (value === undefined || ticket !== this.generation) return;
		this.entries.delete(key);
		this.entries.set(key, value);
		while (this.entries.size > this.limit)
			this.entries.delete(this.entries.keys().next().value as string);
	}

	/** The datasets changed: nothing computed before may be reused. */
	clear() {
		this.generation++;
		this.entries.clear();
	}
}
