// NPS of the answers given in a window of days against the answers of the window it is compared
// with (the KPI strip's windows, both ends inclusive), and the change between them with its
// interval and test — the Satisfaction page's own NPS (nps.ts) and group difference
// (npsDifference.ts) applied to two sets of respondents, nothing computed a second way.
// Answers without a date (MISSING_DAY) fall in no window.
import { nps, type NpsResult } from '../satisfaction/nps';
import { npsDifference, type NpsDifference } from '../satisfaction/npsDifference';
import type { Scale } from '../satisfaction/detectScale';
import type { SatisfactionIssue } from '../satisfaction/satisfactionIssue';
import type { Window } from './comparePeriods';

export interface NpsCompare {
	now: NpsResult | SatisfactionIssue;
	/** Null without a comparison window. */
	before: NpsResult | SatisfactionIssue | null;
	/** Now minus before, in score points; null unless both windows have a score. */
	difference: NpsDifference | null;
}

/** The answers of `values` whose day falls in `w`. */
export function answersIn(values: Float64Array, day: Int32Array, w: Window): Float64Array {
	const out: number[] = [];
	for (let i = 0; i < values.length; i++)
		if (day[i] >= w.from && day[i] <= w.to) out.push(values[i]);
	return Float64Array.from(out);
}

export function compareNps(
	values: Float64Array,
	day: Int32Array,
	scale: Scale | null,
	now: Window,
	before: Window | null
): NpsCompare {
	const a = nps(answersIn(values, day, now), scale);
	const b = before ? nps(answersIn(values, day, before), scale) : null;
	return {
		now: a,
		before: b,
		difference: b && !('code' in a) && !('code' in b) ? npsDifference(a, b) : null
	};
}
