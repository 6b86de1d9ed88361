// Mounts a page in stages, one per task after a paint: the first chart paints on its own, and
// the cards below it (each with its own charts and tables) follow one at a time, so no single
// main-thread task renders the whole page (issue 22: first chart ≤ 0.3 s, no task over 50 ms).
// While stages remain, the page counts as busy (`waiting`), so "the page is at rest" still means
// everything is on it.
import { onDestroy, untrack } from 'svelte';
import { waiting } from './waiting.svelte';

/** After the next paint: a frame, then a new task (a frame's callbacks run before it paints). */
export function afterPaint(then: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | null = null;
	if (typeof requestAnimationFrame !== 'function') {
		timer = setTimeout(then, 0);
		return () => clearTimeout(timer ?? undefined);
	}
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(then, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		if (timer) clearTimeout(timer);
	};
}

export class StagedMount {
	/** How many stages are mounted: `{#if stages.shown >= n}` around stage n. */
	shown = $state(0);
	/** Started and stages still to mount (a page may say it is still drawing). */
	pending = $state(false);
	private cancel: (() => void) | null = null;
	private release: (() => void) | null = null;

	/** `count`: the stages after the first paint. Made in a component's script. */
	constructor(private readonly count: number) {
		try {
			onDestroy(() => this.stop());
		} catch {
			// Outside a component there is nothing to unmount.
		}
	}

	/** Starts (once) mounting the stages, one per task after each paint. Safe in an effect. */
	start() {
		untrack(() => {
			if (this.release || this.shown >= this.count) return;
			this.release = waiting.hold();
			this.pending = true;
			const step = () => {
				this.shown++;
				if (this.shown >= this.count) this.stop();
				else this.cancel = afterPaint(step);
			};
			this.cancel = afterPaint(step);
		});
	}

	/** Everything at once (a link to a section below: it must be there to scroll to). */
	showAll() {
		untrack(() => {
			this.shown = this.count;
			this.stop();
		});
	}

	private stop() {
		this.pending = false;
		this.cancel?.();
		this.cancel = null;
		this.release?.();
		// Kept non-null once started, so start() in a re-running effect does not begin again.
		this.release = () => {};
	}
}
