// Undo and redo for settings changes: each step is what one user action changed — per dataset,
// its settings before and after, as JSON text (a snapshot, so later edits cannot reach into it).
// A new change after an undo clears the redo side, as every editor does. Typing in a text
// setting (a report note) is one step per burst: changes recorded under the same burst name,
// one after the other, merge into one step until the burst ends (the field loses focus, any other
// change, an undo or a redo). Plain TypeScript: the rune class in settings.svelte.ts keeps one
// of these and applies what it returns.

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
	/** The burst the newest step belongs to, while it may still grow. */
	private burst: string | null = null;

	/** Older steps are dropped past this many (a settings record is a few kilobytes). */
	constructor(private readonly limit = 100) {}

	get canUndo(): boolean {
		return this.done.length > 0;
	}
	get canRedo(): boolean {
		return this.undone.length > 0;
	}

	/**
	 * A new change; the parts that change nothing are dropped, and a step of none is ignored. With
	 * `burst`, a change that continues the open burst of the same name over the same datasets
	 * joins the newest step (its `before` stays, its `after` moves on); a burst that comes back to
	 * where it started leaves no step.
	 */
	record(step: HistoryStep, burst?: string): void {
		const changed = step.filter((c) => c.before !== c.after);
		if (changed.length === 0) return;
		const top = this.done.at(-1);
		if (burst && top && this.burst === burst && sameScopes(top, changed)) {
			for (const c of changed) top.find((t) => t.scope === c.scope)!.after = c.after;
			const left = top.filter((t) => t.before !== t.after);
			if (left.length === 0) {
				this.done.pop();
				this.burst = null;
			} else this.done[this.done.length - 1] = left;
			this.undone = [];
			return;
		}
		this.done.push(changed);
		if (this.done.length > this.limit) this.done.shift();
		this.undone = [];
		this.burst = burst ?? null;
	}

	/** The open burst ends: the next change is a step of its own. */
	endBurst(): void {
		this.burst = null;
	}

	/** The step to take back (apply each `before`), or null. */
	undo(): HistoryStep | null {
		this.burst = null;
		const step = this.done.pop() ?? null;
		if (step) this.undone.push(step);
		return step;
	}

	/** The step to do again (apply each `after`), or null. */
	redo(): HistoryStep | null {
		this.burst = null;
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
		this.burst = null;
	}
}

function sameScopes(a: HistoryStep, b: HistoryStep): boolean {
	return a.length === b.length && b.every((c) => a.some((x) => x.scope === c.scope));
}
