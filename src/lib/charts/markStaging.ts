// How a chart with thousands of marks puts them on the page a piece per task (issue 22: no
// main-thread task over 50 ms). The layout provides it (it can reach the page's busy count and
// the paint scheduler in state/; charts cannot), so that the page stays busy — not "at rest",
// not printed, not exported — until the last piece is in. Without it (SVG drawn on the server,
// a component test) every mark is drawn at once.
import { getContext, setContext } from 'svelte';

export interface MarkStaging {
	/** Counts the page as busy until the returned function is called. */
	hold(): () => void;
	/** Runs `then` in a new task after the next paint; returns a cancel function. */
	afterPaint(then: () => void): () => void;
}

const KEY = Symbol('markStaging');

export function provideMarkStaging(staging: MarkStaging): void {
	setContext(KEY, staging);
}

export function readMarkStaging(): MarkStaging | null {
	return getContext<MarkStaging | undefined>(KEY) ?? null;
}
