// The number-at-risk table R prints under a survival plot: for each curve, how many subjects
// are still followed (neither churned nor censored before) at each tick of the time axis.
import { ticks } from 'd3';
import type { KaplanMeierCurve } from '$lib/analytics/lifecycle';

/** Subjects with time ≥ t: the at-risk count of the first row at or after t (0 past the end). */
export function atRiskAt(curve: KaplanMeierCurve, t: number): number {
	for (const p of curve.points) if (p.time >= t) return p.atRisk;
	return 0;
}

/** Ticks from 0 to the longest follow-up, about `count` of them, and each curve's counts there. */
export function atRiskTable(
	curves: { name: string; curve: KaplanMeierCurve }[],
	count = 6
): { times: number[]; rows: { name: string; counts: number[] }[] } {
	let end = 0;
	for (const c of curves) for (const p of c.curve.points) if (p.time > end) end = p.time;
	const times = end > 0 ? ticks(0, end, count).filter((t) => t <= end) : [0];
	return {
		times,
		rows: curves.map((c) => ({ name: c.name, counts: times.map((t) => atRiskAt(c.curve, t)) }))
	};
}

/** Censored subjects as marks on the step curve: at their time, at the survival there. */
export function censorMarks(curve: KaplanMeierCurve): { x: number; y: number }[] {
	return curve.points.filter((p) => p.censored > 0).map((p) => ({ x: p.time, y: p.survival }));
}
