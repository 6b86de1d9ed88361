// Every chart drawn inside a ChartFrame takes the frame's title as its accessible name when
// the page gives it none (an <svg role="img"> without a name is unreadable to a screen
// reader); the frame provides it through Svelte context, so the views need not repeat it.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-title');

/** Called by ChartFrame during its initialisation. */
export function provideChartTitle(title: () => string): void {
	setContext(KEY, title);
}

/** Called by a chart during its initialisation: the enclosing frame's title, or ''. */
export function frameTitle(): () => string {
	return getContext<(() => string) | undefined>(KEY) ?? (() => '');
}
