// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Pure integer maths so
// results never depend on the machine's time zone or the wall clock.
import type { Day } from './types';

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date (month 1–12). */
export function dayFromYMD(year: number, month: number, day: number): Day {
	return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
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
	const d = new Date(day * MS_PER_DAY);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
