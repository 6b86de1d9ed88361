// The tracking plot's series from a model fit: repeat transactions per period, actual (solid)
// against the model's expectation (dashed), per period or cumulative, periods numbered from 1;
// the end of calibration is marked between its last period and the first hold-out period.
import type { LineSeries } from '$lib/charts/LineChart.svelte';
import type { ClvFitResult } from '$lib/engine/clv/clvResult';

export type Tracking = NonNullable<ClvFitResult['tracking']>;

export function trackingChart(
	tracking: Tracking,
	cumulative: boolean,
	names: { actual: string; model: string; calibrationEnd: string },
	colors: [string, string]
): { series: LineSeries[]; vLines: { x: number; label: string }[] } {
	const actual = cumulative ? tracking.actualCumulative : tracking.actual;
	const expected = cumulative ? tracking.expectedCumulative : tracking.expected;
	return {
		series: [
			{
				name: names.actual,
				color: colors[0],
				points: Array.from(actual, (y, k) => ({ x: k + 1, y }))
			},
			{
				name: names.model,
				color: colors[1],
				dashed: true,
				points: Array.from(expected, (y, k) => ({ x: k + 1, y }))
			}
		],
		vLines: [{ x: tracking.calibrationPeriods + 0.5, label: names.calibrationEnd }]
	};
}
