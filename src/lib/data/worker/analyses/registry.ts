// Every analysis the app can run in the engine worker, by name. Each module registers its
// own file here; the page calls them through state/engine.svelte.ts.
import type { Analysis } from './context';
import { datasetRows } from './datasetRows';

export const analyses: Record<string, Analysis> = {
	datasetRows
};
