// A period's first day (YYYY-MM-DD) as people name the period: 2024-03 for a month, 2024 Q1 for
// a quarter, the Monday's date for a week.
import type { Grain } from '$lib/analytics/lifecycle';

export function periodLabel(firstDay: string, grain: Grain): string {
	if (grain === 'week') return firstDay;
	const ym = firstDay.slice(0, 7);
	if (grain === 'month') return ym;
	const month = Number(firstDay.slice(5, 7));
	return `${firstDay.slice(0, 4)} Q${Math.floor((month - 1) / 3) + 1}`;
}
