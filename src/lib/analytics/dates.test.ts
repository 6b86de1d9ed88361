import { describe, expect, it } from 'vitest';
import {
	addMonths,
	dayFromISO,
	dayFromMonthIndex,
	isoFromDay,
	monthIndex,
	weekIndex,
	dayFromWeekIndex
} from './dates';

describe('dates', () => {
	const cases: [string, number][] = [
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1997-01-01', 9862],
		['1997-09-30', 10134],
		['2000-02-29', 11016]
	];
	it.each(cases)('%s is day %i and back', (iso, day) => {
		expect(dayFromISO(iso)).toBe(day);
		expect(isoFromDay(day)).toBe(iso);
	});
	it('rejects impossible dates', () => {
		expect(dayFromISO('2023-02-29')).toBeNaN();
		expect(dayFromISO('2023-13-01')).toBeNaN();
		expect(dayFromISO('20230101')).toBeNaN();
	});
	it('month arithmetic clamps to month end', () => {
		expect(isoFromDay(addMonths(dayFromISO('2024-01-31'), 1))).toBe('2024-02-29');
		expect(isoFromDay(addMonths(dayFromISO('2023-01-31'), 1))).toBe('2023-02-28');
		expect(isoFromDay(addMonths(dayFromISO('2023-11-15'), 3))).toBe('2024-02-15');
		expect(monthIndex(dayFromISO('1971-03-09'))).toBe(14);
		expect(isoFromDay(dayFromMonthIndex(14))).toBe('1971-03-01');
	});
	it('weeks start on Monday', () => {
		// 2024-03-04 is a Monday, 2024-03-10 a Sunday.
		const mon = dayFromISO('2024-03-04');
		expect(weekIndex(mon)).toBe(weekIndex(dayFromISO('2024-03-10')));
		expect(weekIndex(mon)).toBe(weekIndex(dayFromISO('2024-03-03')) + 1);
		expect(isoFromDay(dayFromWeekIndex(weekIndex(dayFromISO('2024-03-07'))))).toBe('2024-03-04');
	});
});
