// Which rating scale an item was asked on, judged from its observed answers. The tightest known
// scale that holds every answer wins; when the answers do not pin it down we say so.

export type Scale = [number, number];

/** Known answer scales, tightest first (the order decides ties). */
export const KNOWN_SCALES: readonly Scale[] = [
	[1, 5],
	[1, 7],
	[1, 10],
	[0, 10],
	[0, 100]
];

export interface ScaleDetection {
	/** Answers that are numbers (NaN = blank / don't know is not counted). */
	n: number;
	/** Observed range; NaN when there is no answer. */
	min: number;
	max: number;
	/** Every answer is a whole number. */
	integer: boolean;
	/** The chosen scale, or null with an issue. */
	scale: Scale | null;
	/** Every known scale that holds all answers, tightest first. */
	candidates: Scale[];
	/**
	 * The data do not single the scale out: another candidate holds them too and the chosen scale's
	 * ends are not both observed, or a scale one point wider at the bottom fits (1–10 vs 0–10, where
	 * 0 is often never chosen), or decimals sit on a short rating scale.
	 */
	ambiguous: boolean;
	issue: 'empty_item' | 'unknown_scale' | null;
}

export function detectScale(values: Float64Array): ScaleDetection {
	let n = 0;
	let min = Infinity;
	let max = -Infinity;
	let integer = true;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (Number.isNaN(v)) continue;
		n++;
		if (v < min) min = v;
		if (v > max) max = v;
		if (integer && !Number.isInteger(v)) integer = false;
	}
	if (n === 0) {
		return {
			n,
			min: NaN,
			max: NaN,
			integer,
			scale: null,
			candidates: [],
			ambiguous: false,
			issue: 'empty_item'
		};
	}
	const candidates = KNOWN_SCALES.filter(([lo, hi]) => lo <= min && max <= hi).map(
		([lo, hi]): Scale => [lo, hi]
	);
	if (candidates.length === 0) {
		return {
			n,
			min,
			max,
			integer,
			scale: null,
			candidates,
			ambiguous: false,
			issue: 'unknown_scale'
		};
	}
	const [lo, hi] = candidates[0];
	const ambiguous =
		candidates.length > 1 &&
		(min > lo ||
			max < hi ||
			(!integer && hi <= 10) ||
			candidates.some(([l, h]) => h === hi && l === lo - 1));
	return { n, min, max, integer, scale: [lo, hi], candidates, ambiguous, issue: null };
}
