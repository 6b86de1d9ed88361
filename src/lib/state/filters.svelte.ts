// The workspace filter, one small rune class: the date window and the conditions the filter
// bar edits. The engine handle sends it with every analysis (state/engine.svelte.ts), so every
// page reads the same rows; it is kept as a workspace setting (views/filter/filterSetting.ts),
// so it travels in the workspace file and share links. Imports nothing from state/, so the
// engine handle can read it without a cycle (and a settings model can wrap it later).
import {
	filterKey,
	isFilterActive,
	readFilterSpec,
	type FilterCondition,
	type FilterSpec
} from '$lib/analytics/filter';
import type { EngineFilters } from '$lib/engine/filter/engineFilters';

export const FILTER_SETTING = 'workspace.filters';

class Filters {
	from = $state<string | null>(null);
	to = $state<string | null>(null);
	where = $state<FilterCondition[]>([]);
	/** The customers dataset customer conditions join on (the workspace's active one). */
	customersId = $state<string | null>(null);

	spec(): FilterSpec {
		return {
			from: this.from,
			to: this.to,
			where: $state.snapshot(this.where) as FilterCondition[]
		};
	}

	get active(): boolean {
		return isFilterActive(this.spec());
	}

	/** Changes whenever the rows the analyses read may change (pages re-run on it). */
	get key(): string {
		const spec = this.spec();
		const joins = spec.where.some((c) => c.on === 'customers');
		return `${filterKey(spec)}|${joins ? this.customersId : ''}`;
	}

	/** What the engine receives with every run, or null when nothing is filtered. */
	params(): EngineFilters | null {
		const spec = this.spec();
		return isFilterActive(spec) ? { ...spec, customersId: this.customersId } : null;
	}

	setWindow(from: string | null, to: string | null) {
		this.from = from || null;
		this.to = to || null;
	}

	/** Adds a condition, replacing one on the same column. */
	put(c: FilterCondition) {
		const i = this.where.findIndex((w) => w.on === c.on && w.column === c.column);
		this.where = i < 0 ? [...this.where, c] : this.where.map((w, k) => (k === i ? c : w));
	}

	remove(index: number) {
		this.where = this.where.filter((_, k) => k !== index);
	}

	clear() {
		this.from = null;
		this.to = null;
		this.where = [];
	}

	/** From a saved setting, a workspace file or a link: damaged parts are dropped. */
	restore(v: unknown) {
		const spec = readFilterSpec(v);
		this.from = spec.from;
		this.to = spec.to;
		this.where = spec.where;
	}
}

export const filters = new Filters();
