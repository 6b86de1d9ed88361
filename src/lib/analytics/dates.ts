// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Pure integer maths so
// results never depend on the machine's time zone or the wall clock.
import type { Day } from './types';

/**
 * Day number of a calendar date (month 1–12), proleptic Gregorian, any year 0–9999. Integer
 * arithmetic (days-from-civil) — no Date object, so it is fast on a million rows.
 */
export function dayFromYMD(year: number, month: number, day: number): Day {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when year-month-day names a real calendar day. */
export function isValidYMD(year: number, month: number, day: number): boolean {
	if (!(month >= 1 && month <= 12 && day >= 1)) return false;
	const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
	return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

/** Day number of an ISO date "YYYY-MM-DD"; NaN when malformed. */
export function dayFromISO(iso: string): Day {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return NaN;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const day = dayFromYMD(y, mo, d);
	const back = ymdFromDay(day);
	return back.year === y && back.month === mo && back.day === d ? day : NaN;
}

export function ymdFromDay(day: Day): { year: number; month: number; day: number } {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** "YYYY-MM-DD" for a day number. */
export function isoFromDay(day: Day): string {
	const { year, month, day: dd } = ymdFromDay(day);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Months since 1970-01 (0 = January 1970) of a day number. */
export function monthIndex(day: Day): number {
	const { year, month } = ymdFromDay(day);
	return (year - 1970) * 12 + (month - 1);
}

/** First day of a month index. */
export function dayFromMonthIndex(index: number): Day {
	const year = 1970 + Math.floor(index / 12);
	const month = index - (year - 1970) * 12 + 1;
	return dayFromYMD(year, month, 1);
}

/** Same day-of-month `n` months later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
	const { year, month, day: dd } = ymdFromDay(day);
	const target = (year - 1970) * 12 + (month - 1) + n;
	const first = dayFromMonthIndex(target);
	const next = dayFromMonthIndex(target + 1);
	return first + Math.min(dd, next - first) - 1;
}

/** Week index since the Monday 1969-12-29 (weeks start on Monday, ISO style). */
export function weekIndex(day: Day): number {
	return Math.floor((day + 3) / 7);
}

export function dayFromWeekIndex(index: number): Day {
	return index * 7 - 3;
}

export function quarterIndex(day: Day): number {
	return Math.floor(monthIndex(day) / 3);
}

export function dayFromQuarterIndex(index: number): Day {
	return dayFromMonthIndex(index * 3);
}
