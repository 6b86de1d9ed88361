import { describe, expect, it } from 'vitest';
import { excelSerialText } from './excelSerialText';

// Expected dates from Excel's documented epochs: 1900 system serial 1 = 1900-01-01 with the
// fictitious 1900-02-29 at 60; 1904 system serial 0 = 1904-01-01 (1462 days later).
const cases: { serial: number; date1904: boolean; expected: string | null }[] = [
	{ serial: 1, date1904: false, expected: '1900-01-01' },
	{ serial: 59, date1904: false, expected: '1900-02-28' },
	{ serial: 60, date1904: false, expected: null },
	{ serial: 61, date1904: false, expected: '1900-03-01' },
	{ serial: 25569, date1904: false, expected: '1970-01-01' },
	{ serial: 45292, date1904: false, expected: '2024-01-01' },
	{ serial: 45351, date1904: false, expected: '2024-02-29' },
	{ serial: 45292.5, date1904: false, expected: '2024-01-01 12:00:00' },
	// Float noise in a stored time (13:45): rounded to the second.
	{ serial: 45292.5729166667, date1904: false, expected: '2024-01-01 13:45:00' },
	// 23:59:59.8 rounds to midnight of the next day.
	{ serial: 45292 + 86399.8 / 86400, date1904: false, expected: '2024-01-02' },
	{ serial: 0, date1904: true, expected: '1904-01-01' },
	{ serial: 45292 - 1462, date1904: true, expected: '2024-01-01' },
	{ serial: 0, date1904: false, expected: null },
	{ serial: -1, date1904: false, expected: null },
	{ serial: 2958466, date1904: false, expected: null },
	{ serial: Number.NaN, date1904: false, expected: null }
];

describe('excelSerialText', () => {
	it.each(cases)('$serial (1904: $date1904) → $expected', ({ serial, date1904, expected }) => {
		expect(excelSerialText(serial, date1904)).toBe(expected);
	});
});
