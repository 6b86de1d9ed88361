import { describe, expect, it } from 'vitest';
import { dayFromISO, isoFromDay, monthIndex, quarterIndex } from '../dates';
import { monthOfDay, periodLookup, periodOfDay, periodStartDay, periodStarts } from './periodOfDay';

describe('periodOfDay', () => {
	it('monthOfDay agrees with dates.monthIndex over 1900-2100', () => {
		// Every day of two centuries, including 1900 (not leap) and 2000 (leap).
		const from = dayFromISO('1900-01-01');
		const to = dayFromISO('2100-12-31');
		let mismatches = 0;
		for (let d = from; d <= to; d++) if (monthOfDay(d) !== monthIndex(d)) mismatches++;
		expect(mismatches).toBe(0);
	});

	// Hand-checked: 1997-01-01 is month (1997-1970)*12 = 324, quarter 108; 1997-01-01 was a
	// Wednesday, so its week starts Monday 1996-12-30.
	const cases = [
		{ grain: 'month', date: '1997-01-01', index: 324, start: '1997-01-01' },
		{ grain: 'month', date: '1997-02-28', index: 325, start: '1997-02-01' },
		{ grain: 'quarter', date: '1997-03-31', index: 108, start: '1997-01-01' },
		{ grain: 'quarter', date: '1997-04-01', index: 109, start: '1997-04-01' },
		{ grain: 'week', date: '1997-01-01', index: Math.floor((9862 + 3) / 7), start: '1996-12-30' },
		{ grain: 'week', date: '1997-01-05', index: Math.floor((9862 + 3) / 7), start: '1996-12-30' },
		{ grain: 'month', date: '1969-12-31', index: -1, start: '1969-12-01' }
	] as const;
	it.each(cases)('$grain of $date is $index starting $start', ({ grain, date, index, start }) => {
		const d = dayFromISO(date);
		expect(periodOfDay(grain, d)).toBe(index);
		expect(isoFromDay(periodStartDay(grain, index))).toBe(start);
		if (grain === 'quarter') expect(index).toBe(quarterIndex(d));
	});

	it('periodStarts lists starts plus the exclusive end', () => {
		const s = Array.from(periodStarts('month', 324, 326), isoFromDay);
		expect(s).toEqual(['1997-01-01', '1997-02-01', '1997-03-01', '1997-04-01']);
	});
});

describe('periodLookup', () => {
	const cases = [
		{ grain: 'week', from: '2023-12-25', to: '2024-04-10' },
		{ grain: 'month', from: '2023-11-30', to: '2024-03-01' },
		{ grain: 'quarter', from: '2023-12-31', to: '2024-07-01' }
	] as const;
	it.each(cases)('$grain table equals periodOfDay day by day', ({ grain, from, to }) => {
		const a = dayFromISO(from);
		const table = periodLookup(grain, a, dayFromISO(to));
		expect(table.length).toBe(dayFromISO(to) - a + 1);
		table.forEach((p, i) => expect(p).toBe(periodOfDay(grain, a + i)));
	});
});
