// Kaplan–Meier curves as line-chart series: each curve as steps with its confidence band (when
// few enough curves are drawn for the bands not to hide each other) and its censored subjects
// as ticks; the curve's name carries its number of customers.
import type { KaplanMeierCurve } from '$lib/analytics/lifecycle';
import type { LineSeries } from '$lib/charts/LineChart.svelte';
import { colorAt, viridisRamp } from '$lib/charts/palette';
import { censorMarks } from './atRiskTable';
import { kmSteps } from './kmSteps';

/** Bands are drawn when there are at most this many curves: more would hide each other. */
export const BANDS_UP_TO = 4;

export function survivalSeries(
	curves: { name: string; curve: KaplanMeierCurve }[],
	/** Cohorts are ordered: one colour ramp (old = dark, recent = light) reads better than a
	 *  palette that repeats after ten; attributes are categories and take the palette. */
	ordered: boolean,
	count: (n: number) => string
): LineSeries[] {
	const colorOf = (i: number) =>
		ordered ? viridisRamp(i / Math.max(1, curves.length - 1)) : colorAt(i);
	return curves.map((c, i) => {
		const st = kmSteps(c.curve);
		return {
			name: `${c.name} (${count(c.curve.n)})`,
			color: colorOf(i),
			points: st.points,
			band: curves.length <= BANDS_UP_TO ? st.band : undefined,
			bandOpacity: 0.28,
			marks: censorMarks(c.curve)
		};
	});
}
