import { describe, expect, it } from 'vitest';
import { detectDecimalMark, parseNumber } from './parseNumber';

describe('parseNumber', () => {
	const point: [string, number][] = [
		['12.5', 12.5],
		['1,234.56', 1234.56],
		['-3', -3],
		['(1)', -1],
		['(1,200.00)', -1200],
		['$5', 5],
		['-$5.25', -5.25],
		['$-5.25', -5.25],
		['¥1,000', 1000],
		['￥88.8', 88.8],
		['88.8元', 88.8],
		['RMB 120', 120],
		['USD 9.99', 9.99],
		['€3', 3],
		['£0.50', 0.5],
		['1 000', 1000],
		['.5', 0.5],
		['1e3', 1000],
		['+7', 7]
	];
	it.each(point)('%s → %d (decimal point)', (s, n) => expect(parseNumber(s)).toBe(n));
	const comma: [string, number][] = [
		['12,5', 12.5],
		['1.234,56', 1234.56],
		['€ 1.234,56', 1234.56],
		['-0,99', -0.99],
		['(2,50)', -2.5]
	];
	it.each(comma)('%s → %d (decimal comma)', (s, n) => expect(parseNumber(s, ',')).toBe(n));
	const bad = ['', 'abc', '12abc', '1,2,3.4.5', '--', 'NaN', '1e999', '=1+1'];
	it.each(bad)('%s is not a number', (s) => expect(parseNumber(s)).toBeNaN());
	it('-0 parses to zero', () => expect(parseNumber('-0') === 0).toBe(true));

	// Plain numbers are read by char codes (mantissa / 10^decimals): the result must be the very
	// double Number() gives, for both decimal marks, up to and past 15 significant digits.
	it('reads 100,000 random plain numbers exactly as Number() does', () => {
		let seed = 7;
		const rand = () => {
			seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
			return seed / 0x7fffffff;
		};
		let differ = 0;
		for (let i = 0; i < 100_000; i++) {
			let s = rand() < 0.3 ? '-' : '';
			const whole = 1 + Math.floor(rand() * 11);
			const decimals = Math.floor(rand() * 9);
			for (let k = 0; k < whole; k++) s += Math.floor(rand() * 10);
			if (decimals) s += '.';
			for (let k = 0; k < decimals; k++) s += Math.floor(rand() * 10);
			if (!Object.is(parseNumber(s), Number(s))) differ++;
			if (!Object.is(parseNumber(s.replace('.', ','), ','), Number(s))) differ++;
		}
		expect(differ).toBe(0);
	});
});

describe('detectDecimalMark', () => {
	const cases: [string[], string, boolean][] = [
		[['12,50', '3,99', '1.234,00'], ',', false],
		[['12.50', '3.99', '1,234.00'], '.', false],
		[['12', '3', '7'], '.', false],
		[['12,50', '3.99', '4,10'], ',', true]
	];
	it.each(cases)('%j → %s', (values, decimal, ambiguous) => {
		expect(detectDecimalMark(values)).toEqual({ decimal, ambiguous });
	});
});
