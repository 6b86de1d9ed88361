// The workspace filter as it travels in every analysis's params (`params.filters`): the spec
// plus which customers dataset customer conditions join on. Part of the params, so part of
// every cache key built from them; filtered tables are cached per filter below.
import { isFilterActive, readFilterSpec, type FilterSpec } from '../../analytics/filter';

export interface EngineFilters extends FilterSpec {
	customersId: string | null;
}

/** The filters of a run's params, or null when there are none (or none that restrict). */
export function readEngineFilters(params: Record<string, unknown>): EngineFilters | null {
	const raw = params.filters;
	if (!raw || typeof raw !== 'object') return null;
	const spec = readFilterSpec(raw);
	if (!isFilterActive(spec)) return null;
	const c = (raw as { customersId?: unknown }).customersId;
	return { ...spec, customersId: typeof c === 'string' ? c : null };
}
