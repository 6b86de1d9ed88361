// Work a page has queued but not yet handed to the engine (a run waiting out its debounce).
// The layout adds it to the engine's running count in main[data-busy], so "the page is at rest"
// is a state the end-to-end tests can wait on instead of a pause.
import { untrack } from 'svelte';

class Waiting {
	count = $state(0);

	/** Counts one queued piece of work; call the returned function (once is enough) when it starts or is dropped. */
	hold(): () => void {
		// Called from effects: counting must not make the effect depend on `count`.
		untrack(() => this.count++);
		let held = true;
		return () => {
			if (!held) return;
			held = false;
			untrack(() => this.count--);
		};
	}
}

export const waiting = new Waiting();
