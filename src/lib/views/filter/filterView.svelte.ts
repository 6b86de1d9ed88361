// What the filter bar learned from the engine (filterOptions: column names, counts kept,
// the problem), shared with the report's filter line so both name the filter the same way.
import type { FilterCondition } from '$lib/analytics/filter';
import type { FilterOptionsResult } from '$lib/engine/filter/filterOptions';

class FilterView {
	options = $state.raw<FilterOptionsResult | null>(null);

	/** A condition's column as its header in the data (the key when unknown). */
	nameOf = (c: FilterCondition): string =>
		this.options?.columns.find((o) => o.on === c.on && o.key === c.column)?.header ?? c.column;
}

export const filterView = new FilterView();
