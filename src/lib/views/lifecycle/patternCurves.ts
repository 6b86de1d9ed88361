// Exit-pattern life curves for the chart: average spend per period since acquisition for each
// pattern. Periods where few customers of a pattern are still observed are cut off: an average
// of two or three customers is noise, not a shape.
import type { ExitPatternSummary } from '$lib/analytics/lifecycle';

export const MIN_OBSERVED = 10;

export function patternCurve(
	p: ExitPatternSummary,
	minObserved = MIN_OBSERVED
): { x: number; y: number | null }[] {
	const need = Math.min(minObserved, Math.max(1, p.customers));
	return p.curve.map((y, x) => ({ x, y: p.observed[x] >= need ? y : null }));
}

/** Last period with a value in any of the curves (the x range worth drawing). */
export function lastPoint(curves: { x: number; y: number | null }[][]): number {
	let last = 0;
	for (const c of curves) for (const p of c) if (p.y !== null && p.x > last) last = p.x;
	return last;
}
