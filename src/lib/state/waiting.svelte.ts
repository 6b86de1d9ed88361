// Work a page has queued but not yet handed to the engine (a run waiting out its debounce).
// The layout adds it to the engine's running count in main[data-busy], so "the page is at rest"
// is a state the end-to-end tests can wait on instead of a pause.
import { untrack } from 'svelte';

class Waiting {
	count = $state(0);
	/**
	 * The true count, outside Svelte: `count` is only ever assigned from it. A read-modify-write
	 * of the state itself (`count--`) in an effect's teardown can read a value from before the
	 * current batch and write it back, losing the increments made since — the report page, with
	 * many views re-running at once, drove the count to −9 and never looked at rest.
	 */
	private n = 0;

	/** Counts one queued piece of work; call the returned function (once is enough) when it starts or is dropped. */
	hold(): () => void {
		this.n++;
		// Called from effects: counting must not make the effect depend on `count`.
		untrack(() => (this.count = this.n));
		let held = true;
		return () => {
			if (!held) return;
			held = false;
			this.n--;
			untrack(() => (this.count = this.n));
		};
	}
}

export const waiting = new Waiting();
