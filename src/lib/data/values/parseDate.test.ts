import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../analytics/dates';
import { detectDateFormat, parseDate, type DateFormat } from './parseDate';

describe('parseDate', () => {
	const cases: [string, DateFormat, string | null][] = [
		['2024-03-05', 'ymd', '2024-03-05'],
		['2024/3/5', 'ymd', '2024-03-05'],
		['2024.03.05', 'ymd', '2024-03-05'],
		['2024-03-05 14:22:01', 'ymd', '2024-03-05'],
		['2024-03-05T14:22:01Z', 'ymd', '2024-03-05'],
		['2024-03-05T14:22:01+08:00', 'ymd', '2024-03-05'],
		['2024-02-30', 'ymd', null],
		['19970101', 'ymd8', '1997-01-01'],
		['19971301', 'ymd8', null],
		['05.03.2024', 'dmy', '2024-03-05'],
		['05/03/2024', 'dmy', '2024-03-05'],
		['05/03/2024', 'mdy', '2024-05-03'],
		['3/5/24', 'mdy', '2024-03-05'],
		['3/5/99', 'mdy', '1999-03-05'],
		['12/31/2024 11:59 PM', 'mdy', '2024-12-31'],
		['31/12/2024', 'mdy', null],
		['2024年3月5日', 'zh', '2024-03-05'],
		['2024年03月05日 08:00', 'zh', '2024-03-05'],
		['45356', 'excel', '2024-03-05'],
		['45356.75', 'excel', '2024-03-05'],
		['25569', 'excel', '1970-01-01'],
		['0000-00-00', 'ymd', null],
		['9999-12-31', 'ymd', '9999-12-31'],
		['', 'ymd', null]
	];
	it.each(cases)('%s as %s → %s', (raw, format, iso) => {
		const day = parseDate(raw, format);
		if (iso === null) expect(day).toBeNaN();
		else expect(isoFromDay(day)).toBe(iso);
	});
});

describe('detectDateFormat', () => {
	const cases: [string[], boolean, DateFormat | null, boolean][] = [
		[['2024-01-05', '2024-02-11'], false, 'ymd', false],
		[['19970101', '19970218'], false, 'ymd8', false],
		[['13/01/2024', '02/03/2024'], false, 'dmy', false],
		[['01/13/2024', '02/03/2024'], false, 'mdy', false],
		[['01/02/2024', '02/03/2024'], false, 'dmy', true],
		[['2024年3月5日', '2024年12月1日'], false, 'zh', false],
		[['45356', '45000'], true, 'excel', false],
		[['45356', '45000'], false, null, false],
		[['hello', 'world'], false, null, false]
	];
	it.each(cases)('%j (serial %s) → %s ambiguous %s', (samples, serial, format, ambiguous) => {
		const g = detectDateFormat(samples, serial);
		expect(g.format).toBe(format);
		expect(g.ambiguous).toBe(ambiguous);
	});
});
