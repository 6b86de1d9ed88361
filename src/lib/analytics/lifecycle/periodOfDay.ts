// Calendar period indexes without Date objects: hot loops call this once per customer-day, and
// Hinnant's days→civil algorithm is plain integer maths (same results as dates.ts).
import type { Day } from '../types';
import { dayFromMonthIndex, dayFromQuarterIndex, dayFromWeekIndex, weekIndex } from '../dates';

export type Grain = 'week' | 'month' | 'quarter';
export const GRAINS: readonly Grain[] = ['week', 'month', 'quarter'];

/** Months since 1970-01 of a day number (0 = January 1970); equals dates.monthIndex. */
export function monthOfDay(day: Day): number {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	// mp counts months from March; January and February belong to the next civil year.
	const year = yoe + era * 400 + (mp >= 10 ? 1 : 0);
	const month0 = mp < 10 ? mp + 2 : mp - 10;
	return (year - 1970) * 12 + month0;
}

/** Index of the week (Monday start), month or quarter that contains `day`. */
export function periodOfDay(grain: Grain, day: Day): number {
	if (grain === 'week') return weekIndex(day);
	const m = monthOfDay(day);
	return grain === 'month' ? m : Math.floor(m / 3);
}

/** First day of period `index`. */
export function periodStartDay(grain: Grain, index: number): Day {
	if (grain === 'week') return dayFromWeekIndex(index);
	return grain === 'month' ? dayFromMonthIndex(index) : dayFromQuarterIndex(index);
}

/** First days of periods from..to+1 (the extra entry is the exclusive end of the last period). */
export function periodStarts(grain: Grain, from: number, to: number): Int32Array {
	const out = new Int32Array(Math.max(0, to - from + 2));
	for (let i = 0; i < out.length; i++) out[i] = periodStartDay(grain, from + i);
	return out;
}

/** Period of every day from `from` to `to` (inclusive) as a lookup table: hot loops index it. */
export function periodLookup(grain: Grain, from: Day, to: Day): Int32Array {
	const out = new Int32Array(Math.max(0, to - from + 1));
	if (out.length === 0) return out;
	// Walk period by period instead of converting each day.
	let p = periodOfDay(grain, from);
	let next = periodStartDay(grain, p + 1);
	for (let i = 0; i < out.length; i++) {
		if (from + i >= next) {
			p++;
			next = periodStartDay(grain, p + 1);
		}
		out[i] = p;
	}
	return out;
}
