// A page may ask its chart frames to build their data tables (up to 500 rows, inside a closed
// <details>) only when a user opens them: the tables are a sizeable part of mounting a chart,
// of the page's element count (which a modal dialog's style recalculation walks) and of tearing
// the page down (issue 22: no main-thread task over 50 ms). Closed, a table is neither shown nor
// read by a screen reader, so nothing is lost; CSV export reads the data, not the table.
// Segments, Lifetime value, Satisfaction and Lifecycle ask for it; their e2e tests open a table
// before reading it, as a user would.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('lazy-chart-tables');

/** Called by a view during its initialisation: its frames build their tables when opened. */
export function provideLazyTables(): void {
	setContext(KEY, true);
}

/** Called by ChartFrame: whether its table waits until its <details> is opened. */
export function lazyTables(): boolean {
	return getContext<boolean | undefined>(KEY) ?? false;
}

/** The same context for a component rendered on its own (svelte/server's `context` option). */
export function lazyTablesContext(): Map<symbol, boolean> {
	return new Map([[KEY, true]]);
}
