// Time at which a step curve first reaches a probability, by R survival's rule (quantile.survfit):
// the first time the curve drops below p, or, when it sits exactly at p on a flat stretch, the
// midpoint of that stretch. The median's confidence interval applies the same rule to the
// band's upper curve (lower limit) and lower curve (upper limit), as survfit prints it.
import type { KaplanMeierCurve } from './kaplanMeier';

/** R's tolerance for "exactly at p": sqrt(machine epsilon). */
const TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * times ascending; values the curve from each time on (null = undefined there, skipped).
 * Returns null when the curve never gets to p.
 */
export function stepQuantile(
	times: ArrayLike<number>,
	values: ArrayLike<number | null>,
	p: number
): number | null {
	// Only the times where the value changes matter (R drops duplicated values).
	const x: number[] = [];
	const y: number[] = [];
	for (let i = 0; i < times.length; i++) {
		const v = values[i];
		if (v === null || !Number.isFinite(v)) continue;
		if (y.length > 0 && y[y.length - 1] === v) continue;
		x.push(times[i]);
		y.push(v);
	}
	for (let i = 0; i < y.length; i++) {
		if (Math.abs(y[i] - p) < TOLERANCE) return i === y.length - 1 ? x[i] : (x[i] + x[i + 1]) / 2;
		if (y[i] < p) return x[i];
	}
	return null;
}

export interface SurvivalMedian {
	median: number | null;
	/** Lower and upper limits of the median's interval at the curve's confidence; null = not reached. */
	lower: number | null;
	upper: number | null;
}

export function survivalMedian(curve: KaplanMeierCurve): SurvivalMedian {
	const t = curve.points.map((p) => p.time);
	// Once the curve is 0 the band is undefined (null) and skipped, as R's NA.
	const lo = curve.points.map((p) => p.lower);
	const hi = curve.points.map((p) => p.upper);
	return {
		median: stepQuantile(
			t,
			curve.points.map((p) => p.survival),
			0.5
		),
		lower: stepQuantile(t, lo, 0.5),
		upper: stepQuantile(t, hi, 0.5)
	};
}
