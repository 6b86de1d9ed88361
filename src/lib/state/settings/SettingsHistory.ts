// Undo and redo for settings changes: each step is what one user action changed — per dataset,
// its settings before and after, as JSON text (a snapshot, so later edits cannot reach into it).
// A new change after an undo clears the redo side, as every editor does. Plain TypeScript: the
// rune class in settings.svelte.ts keeps one of these and applies what it returns.

export interface ScopeChange {
	/** Dataset whose settings changed. */
	scope: string;
	before: string;
	after: string;
}

export type HistoryStep = ScopeChange[];

export class SettingsHistory {
	private done: HistoryStep[] = [];
	private undone: HistoryStep[] = [];

	/** Older steps are dropped past this many (a settings record is a few kilobytes). */
	constructor(private readonly limit = 100) {}

	get canUndo(): boolean {
		return this.done.length > 0;
	}
	get canRedo(): boolean {
		return this.undone.length > 0;
	}

	/** A new change; the parts that change nothing are dropped, and a step of none is ignored. */
	record(step: HistoryStep): void {
		const changed = step.filter((c) => c.before !== c.after);
		if (changed.length === 0) return;
		this.done.push(changed);
		if (this.done.length > this.limit) this.done.shift();
		this.undone = [];
	}

	/** The step to take back (apply each `before`), or null. */
	undo(): HistoryStep | null {
		const step = this.done.pop() ?? null;
		if (step) this.undone.push(step);
		return step;
	}

	/** The step to do again (apply each `after`), or null. */
	redo(): HistoryStep | null {
		const step = this.undone.pop() ?? null;
		if (step) this.done.push(step);
		return step;
	}

	/** A dataset replaced by another (a re-import): its steps now undo and redo the new one. */
	renameScope(from: string, to: string): void {
		for (const step of [...this.done, ...this.undone])
			for (const change of step) if (change.scope === from) change.scope = to;
	}

	clear(): void {
		this.done = [];
		this.undone = [];
	}
}
