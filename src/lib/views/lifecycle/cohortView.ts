// Cohort table → what the cohort charts draw: the triangle of one measure (heatmap cells and
// their colour domain), one curve per cohort plus the average, and the table for CSV export.
import { blueRamp } from '$lib/charts/palette';
import type { Cohort, CohortMetric, CohortTable } from '$lib/analytics/lifecycle';

export function cohortValues(c: Cohort, metric: CohortMetric): (number | null)[] {
	if (metric === 'retention') return c.retention;
	if (metric === 'active') return c.active;
	const v = metric === 'revenue' ? c.revenue : c.cumulative;
	return v ?? c.active.map(() => null);
}

export function averageValues(t: CohortTable, metric: CohortMetric): (number | null)[] {
	const a = t.average;
	if (metric === 'retention') return a.retention;
	if (metric === 'active') return a.active.map((v, k) => (a.size[k] > 0 ? v : null));
	const v = metric === 'revenue' ? a.revenue : a.cumulative;
	return v ?? a.active.map(() => null);
}

/**
 * Colour domain of the heatmap. Period 0 is the acquisition period (retention 100 %, the first
 * order's spike), so it is left out for the per-period measures: otherwise it would wash out
 * every later cell. Cumulative values grow along the row and keep every column.
 */
export function cohortDomain(t: CohortTable, metric: CohortMetric): [number, number] {
	const from = metric === 'cumulative' ? 0 : 1;
	let hi = 0;
	let lo = 0;
	for (const c of t.cohorts) {
		const v = cohortValues(c, metric);
		for (let k = from; k < v.length; k++) {
			const x = v[k];
			if (x !== null && Number.isFinite(x)) {
				if (x > hi) hi = x;
				if (x < lo) lo = x;
			}
		}
	}
	return [lo, hi > lo ? hi : lo + 1];
}

export interface CurvePoint {
	x: number;
	y: number | null;
}

/** One curve per shown cohort (oldest lightest), and the size-weighted average drawn last. */
export function cohortCurves(
	t: CohortTable,
	metric: CohortMetric,
	hidden: ReadonlySet<string>,
	averageName: string
): { name: string; color: string; width: number; points: CurvePoint[] }[] {
	const n = t.cohorts.length;
	const curves = t.cohorts
		.map((c, i) => ({ c, i }))
		.filter(({ c }) => !hidden.has(c.label))
		.map(({ c, i }) => ({
			name: c.label,
			color: blueRamp(i / Math.max(1, n - 1)),
			width: 1.2,
			points: cohortValues(c, metric).map((y, x) => ({ x, y }))
		}));
	curves.push({
		name: averageName,
		color: '#1d2433',
		width: 3,
		points: averageValues(t, metric).map((y, x) => ({ x, y }))
	});
	return curves;
}

/** The triangle as a table: cohort, size, then one column per period since acquisition. */
export function cohortCsv(
	t: CohortTable,
	metric: CohortMetric,
	head: { cohort: string; size: string; period: (k: number) => string; average: string }
): { header: string[]; rows: (string | number | null)[][] } {
	const ks = Array.from({ length: t.width }, (_, k) => k);
	return {
		header: [head.cohort, head.size, ...ks.map(head.period)],
		rows: [
			...t.cohorts.map((c) => [c.label, c.size, ...cohortValues(c, metric)]),
			[head.average, t.cohorts.reduce((s, c) => s + c.size, 0), ...averageValues(t, metric)]
		]
	};
}
