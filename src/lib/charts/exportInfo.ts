// What a chart export says about where its numbers come from: the dataset, the as-of date and
// any filters. The layout provides it once (it can read the workspace; charts cannot), every
// ChartFrame reads it when the user exports.
import { getContext, setContext } from 'svelte';

export interface ExportInfo {
	/** Dataset name(s) the view reads. */
	dataset: string;
	/** ISO date the analysis is as of ('' when unknown). */
	asOf: string;
	/** The active filters as one line ("Filtered: …"), or '' without a filter. */
	filters?: string;
}

const KEY = Symbol('exportInfo');

export function provideExportInfo(get: () => ExportInfo | null): void {
	setContext(KEY, get);
}

export function readExportInfo(): () => ExportInfo | null {
	return getContext<(() => ExportInfo | null) | undefined>(KEY) ?? (() => null);
}
