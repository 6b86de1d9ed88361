// What a filter is, as plain JSON: a date window on transactions (inclusive ISO days) and
// conditions on transaction columns or on customer attributes joined by customer id. The same
// object travels in engine params, in the workspace settings and out of the CLI (`filters`).

/** A column as the filter reads it: the stored shapes (dictionary codes, day numbers, numbers). */
export type FilterColumn =
	| { type: 'dict'; codes: Int32Array; labels: string[] }
	| { type: 'day'; values: Int32Array }
	| { type: 'number'; values: Float64Array };

export type FilterSide = 'transactions' | 'customers';

/**
 * One condition. Categories: `values` (any of them). Numbers: `values` (any of these numbers)
 * or an inclusive `min`/`max` (either may be null). Dates: `min`/`max` as ISO days.
 */
export interface FilterCondition {
	on: FilterSide;
	/** The column's key in its dataset (the CLI resolves a header to it). */
	column: string;
	values?: string[];
	min?: number | string | null;
	max?: number | string | null;
}

export interface FilterSpec {
	/** First day kept, ISO YYYY-MM-DD (inclusive), or null for no lower bound. */
	from: string | null;
	/** Last day kept, ISO YYYY-MM-DD (inclusive), or null for no upper bound. */
	to: string | null;
	where: FilterCondition[];
}

export const NO_FILTER: FilterSpec = { from: null, to: null, where: [] };

/** A filter that cannot be applied, or leaves nothing: a code with its values (→ en/zh). */
export class FilterProblem extends Error {
	constructor(
		public code: string,
		public values: Record<string, unknown> = {}
	) {
		super(code);
	}
}

export function isFilterActive(spec: FilterSpec | null | undefined): spec is FilterSpec {
	return !!spec && (spec.from !== null || spec.to !== null || spec.where.length > 0);
}

/** A stable text of the spec: the engine's cache key for filtered tables. */
export function filterKey(spec: FilterSpec): string {
	return JSON.stringify([spec.from, spec.to, spec.where.map(conditionKey)]);
}

function conditionKey(c: FilterCondition): unknown[] {
	return [c.on, c.column, c.values ?? null, c.min ?? null, c.max ?? null];
}
