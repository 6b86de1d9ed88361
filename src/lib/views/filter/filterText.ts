// The active filter in words, one chip per part (the date window, then each condition), for
// the filter bar, the line under it and the first line of CSV exports. Pure: the caller passes
// the translator and how to name a column.
import type { FilterCondition, FilterSpec } from '$lib/analytics/filter';
import type { Translate } from '$lib/i18n/messageKey';

export type { Translate };

export function windowText(spec: FilterSpec, t: Translate): string | null {
	if (spec.from && spec.to) return t('filter.window', { from: spec.from, to: spec.to });
	if (spec.from) return t('filter.since', { from: spec.from });
	if (spec.to) return t('filter.until', { to: spec.to });
	return null;
}

export function conditionText(c: FilterCondition, column: string, t: Translate): string {
	if (c.values) return t('filter.is', { column, values: c.values.join(t('filter.or')) });
	const min = c.min ?? null;
	const max = c.max ?? null;
	if (min !== null && max !== null) return t('filter.range', { column, min, max });
	if (min !== null) return t('filter.atLeast', { column, min });
	return t('filter.atMost', { column, max });
}

/** Every part of the filter in words (empty when nothing is filtered). */
export function filterParts(
	spec: FilterSpec,
	columnName: (c: FilterCondition) => string,
	t: Translate
): string[] {
	const w = windowText(spec, t);
	return [...(w ? [w] : []), ...spec.where.map((c) => conditionText(c, columnName(c), t))];
}
