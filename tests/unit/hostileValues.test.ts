// Cells built to make value parsers backtrack (catastrophic regex), and the validation rules
// the corpus added: cells longer than a spreadsheet cell, amounts that cannot be summed to the
// cent, -0, and rows after an unterminated quote. Times are bounded per call.
import { describe, expect, it } from 'vitest';
import { parseNumber, detectDecimalMark } from '../../src/lib/data/values/parseNumber';
import { DATE_FORMATS, detectDateFormat, parseDate } from '../../src/lib/data/values/parseDate';
import { importText } from '../../src/lib/data/pipeline/importBytes';
import type { Mapping } from '../../src/lib/data/map/types';
import { idDateAmountMapping } from '../helpers/idDateAmountMapping';
import { TODAY } from './helpers/checkOutcome';

const N = 200_000;
/** A linear scan of 200,000 characters takes well under a millisecond; quadratic takes minutes. */
const BUDGET_MS = 250;

function timed<T>(f: () => T): { value: T; ms: number } {
	const t = performance.now();
	const value = f();
	return { value, ms: performance.now() - t };
}

describe('value parsers on hostile cells finish in linear time', () => {
	const numbers: [string, string][] = [
		['digits then a letter', '1'.repeat(N) + 'x'],
		['a point, digits, a letter', '.' + '1'.repeat(N) + 'x'],
		['an exponent of digits then a letter', '1e' + '1'.repeat(N) + 'x'],
		['thousands groups then a letter', '1' + ',000'.repeat(N / 4) + 'x'],
		['currency codes repeated', 'RMB'.repeat(N / 3) + 'x'],
		['spaces between a symbol and a letter', '$' + ' '.repeat(N) + 'x']
	];
	it.each(numbers)('parseNumber: %s', (_, s) => {
		for (const decimal of ['.', ','] as const) {
			const { value, ms } = timed(() => parseNumber(s, decimal));
			expect(value).toBeNaN();
			expect(ms).toBeLessThan(BUDGET_MS);
		}
		expect(timed(() => detectDecimalMark([s])).ms).toBeLessThan(BUDGET_MS);
	});

	const dates: [string, string][] = [
		['a Chinese date then spaces and a letter', '2024年1月1' + ' '.repeat(N) + 'x'],
		['an ISO date then spaces and a letter', '2024-01-01' + ' '.repeat(N) + 'x'],
		['a time then spaces', '2024-01-01 10:00' + ' '.repeat(N) + 'x'],
		['day-first then " T" repeated', '01/02/2024' + ' T'.repeat(N / 2) + 'x'],
		['digits then a letter', '1'.repeat(N) + 'x']
	];
	it.each(dates)('parseDate (every format): %s', (_, s) => {
		for (const format of DATE_FORMATS) {
			const { value, ms } = timed(() => parseDate(s, format));
			expect(value).toBeNaN();
			expect(ms).toBeLessThan(BUDGET_MS);
		}
		expect(timed(() => detectDateFormat([s, s, s], true)).ms).toBeLessThan(BUDGET_MS);
	});

	it('the bounds do not cut off real values', () => {
		// Hand-checked readings: spaces before 日 and a time after it; a long grouped amount.
		expect(parseDate('2024 年 3 月 5 日 10:30', 'zh')).toBe(parseDate('2024-03-05', 'ymd'));
		expect(parseDate('2024年3月5 10:30', 'zh')).toBe(parseDate('2024-03-05', 'ymd'));
		expect(parseNumber('RMB 1,234,567,890,123.45')).toBe(1234567890123.45);
		expect(parseNumber('1.5e3')).toBe(1500);
		expect(parseNumber('.5e1')).toBe(5);
		expect(parseNumber('1.e3')).toBeNaN();
	});
});

const mapping: Mapping = {
	...idDateAmountMapping,
	columns: [
		...idDateAmountMapping.columns,
		{ index: 3, header: 'cost', role: 'cost', type: 'number', decimal: '.' }
	]
};

describe('validation of hostile values', () => {
	it('rejects a cell longer than 32,767 characters (Excel’s cell limit) and keeps 32,767', () => {
		const ok = 'C'.repeat(32_767);
		const long = 'C'.repeat(32_768);
		const ds = importText(
			`id,date,amount,cost\n${ok},2024-01-01,1,\n${long},2024-01-01,2,\n`,
			mapping,
			TODAY
		);
		expect(ds.rows).toBe(1);
		expect(ds.report.rejected.byReason).toEqual({ cell_too_long: 1 });
		expect(ds.report.rejected.examples[0].line).toBe(3);
		expect(ds.report.rejected.examples[0].text.length).toBe(201);
	});

	// Issue 14: the limit is 10^15 cents (10^13 units), where × 100 still finds the cent; the
	// old one, 2^53 cents, was past it.
	it('rejects amounts past 10^15 cents, blanks such costs, and stores -0 as 0', () => {
		const limit = 1e13; // 10,000,000,000,000.00
		const text =
			'id,date,amount,cost\n' +
			`A,2024-01-01,10000000000000.00,1\n` + // at the limit: kept
			`B,2024-01-01,10000000000000.01,1\n` + // past it: rejected
			`C,2024-01-01,-1e300,1\n` +
			`D,2024-01-01,-0,1e300\n`;
		const ds = importText(text, mapping, TODAY);
		expect(ds.report.rejected.byReason).toEqual({ amount_too_large: 2 });
		const amount = ds.columns.amount;
		const cost = ds.columns.cost;
		expect(amount.type === 'number' && [...amount.values]).toEqual([limit, 0]);
		expect(amount.type === 'number' && Object.is(amount.values[1], -0)).toBe(false);
		expect(cost.type === 'number' && Number.isNaN(cost.values[1])).toBe(true);
		expect(ds.report.blankedCells).toBe(1);
		expect(ds.report.zeroAmounts).toBe(1);
	});

	const quoteCases: { name: string; text: string; accepted: number; lines: number[] }[] = [
		{
			// Line 3 opens a quote that never closes; lines 4 and 5 are read again.
			name: 'LF',
			text: 'id,date,amount,cost\nA,2024-01-01,1,\nB,2024-01-02,"2,\nC,2024-01-03,3,\nD,2024-01-04,4,\n',
			accepted: 3,
			lines: [3]
		},
		{
			name: 'CRLF',
			text: 'id,date,amount,cost\r\nA,2024-01-01,1,\r\nB,2024-01-02,"2,\r\nC,2024-01-03,3,\r\n',
			accepted: 2,
			lines: [3]
		},
		{
			// Two unterminated quotes: lines 2 and 4 rejected, 3 and 5 kept.
			name: 'two in a row',
			text: 'id,date,amount,cost\nA,"2024-01-01,1,\nB,2024-01-02,2,\nC,2024-01-03,"3\nD,2024-01-04,4,\n',
			accepted: 2,
			lines: [2, 4]
		},
		{
			// On the last line nothing follows to read again.
			name: 'last line',
			text: 'id,date,amount,cost\nA,2024-01-01,1,\nB,2024-01-02,"2,\n',
			accepted: 1,
			lines: [3]
		}
	];
	it.each(quoteCases)('an unterminated quote loses only its own line ($name)', (c) => {
		const ds = importText(c.text, mapping, TODAY);
		expect(ds.rows).toBe(c.accepted);
		expect(ds.report.rejected.examples.map((e) => [e.line, e.reason])).toEqual(
			c.lines.map((l) => [l, 'unclosed_quote'])
		);
		expect(ds.report.rowsRead).toBe(c.accepted + c.lines.length);
	});

	it('stops re-reading after 20 unterminated quotes (each pass re-reads the rest)', () => {
		const lines = ['id,date,amount,cost'];
		for (let i = 0; i < 30; i++) lines.push(`C${i},2024-01-01,"1,`);
		lines.push('Z,2024-01-02,2,');
		const ds = importText(lines.join('\n') + '\n', mapping, TODAY);
		// Lines 2–21 are rejected one by one; the 21st quote keeps the rest as one bad record.
		expect(ds.report.rejected.byReason).toEqual({ unclosed_quote: 21 });
		expect(ds.rows).toBe(0);
	});
});
