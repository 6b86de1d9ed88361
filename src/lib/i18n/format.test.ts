// Placeholders and plural choices, by hand: English one/other, Chinese other only.
import { describe, expect, it } from 'vitest';
import {
	columnDigits,
	compactNumber,
	format,
	moneyUnit,
	pluralCategory,
	withPercent
} from './format';

describe('format', () => {
	const cases: [string, Record<string, unknown>, string, string][] = [
		['Import {n} rows', { n: '3' }, 'en', 'Import 3 rows'],
		['{x} and {missing}', { x: 1 }, 'en', '1 and {missing}'],
		['Only {n, plural, one {# customer} other {# customers}}', { n: 1 }, 'en', 'Only 1 customer'],
		['Only {n, plural, one {# customer} other {# customers}}', { n: 2 }, 'en', 'Only 2 customers'],
		['Only {n, plural, one {# customer} other {# customers}}', { n: 0 }, 'en', 'Only 0 customers'],
		// The value is often already formatted: the choice reads the number it shows.
		['{n, plural, one {# row} other {# rows}}', { n: '1,000' }, 'en', '1,000 rows'],
		['{n, plural, one {# row} other {# rows}}', { n: '1' }, 'en', '1 row'],
		['{n, plural, one {# row} other {# rows}}', { n: '1.5' }, 'en', '1.5 rows'],
		// Chinese has one form; a message may still give it as a plural block.
		['{n, plural, other {# 位客户}}', { n: 1 }, 'zh', '1 位客户'],
		// Exact matches come first; branches may hold other placeholders.
		[
			'{n, plural, =0 {no rows in {file}} one {one row in {file}} other {# rows in {file}}}',
			{ n: 0, file: 'a.csv' },
			'en',
			'no rows in a.csv'
		],
		[
			'{n, plural, =0 {no rows in {file}} one {one row in {file}} other {# rows in {file}}}',
			{ n: 1, file: 'a.csv' },
			'en',
			'one row in a.csv'
		],
		[
			'{a, plural, one {# x} other {# xs}} / {b, plural, one {# y} other {# ys}}',
			{ a: 1, b: 2 },
			'en',
			'1 x / 2 ys'
		],
		// A missing value leaves the block visible.
		['{n, plural, one {# row} other {# rows}}', {}, 'en', '{n, plural, one {# row} other {# rows}}']
	];
	it.each(cases)('%s with %o (%s)', (template, values, lang, want) => {
		expect(format(template, values, lang)).toBe(want);
	});
});

describe('format', () => {
	it('fills placeholders and keeps unknown ones visible', () => {
		expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
	});
});

// CLDR's rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html): English
// "one" is exactly the integer 1 (i = 1 and v = 0), everything else "other"; Chinese has only
// "other".
describe('pluralCategory', () => {
	const cases: [number, 'en' | 'zh', Intl.LDMLPluralRule][] = [
		[0, 'en', 'other'],
		[1, 'en', 'one'],
		[2, 'en', 'other'],
		[1.5, 'en', 'other'],
		[21, 'en', 'other'],
		[-1, 'en', 'one'],
		[0, 'zh', 'other'],
		[1, 'zh', 'other'],
		[2, 'zh', 'other'],
		[1.5, 'zh', 'other']
	];
	it.each(cases)('%d in %s is %s', (n, lang, want) => {
		expect(pluralCategory(n, lang)).toBe(want);
	});
});

describe('withPercent', () => {
	const cases: [string, 'en' | 'zh', string][] = [
		['7.4', 'zh', '7.4%'],
		['7.4', 'en', '7.4 %']
	];
	it.each(cases)('%s in %s', (n, lang, want) => expect(withPercent(n, lang)).toBe(want));
});

describe('compactNumber', () => {
	// By hand: 万 = 1e4, 亿 = 1e8; one decimal at most, none when zero.
	const cases: [number, 'en' | 'zh', string][] = [
		[5000, 'zh', '5000'],
		[10000, 'zh', '1万'],
		[15000, 'zh', '1.5万'],
		[185000, 'zh', '18.5万'],
		[-25000, 'zh', '-2.5万'],
		[300000000, 'zh', '3亿'],
		[10000, 'en', '10k'],
		[15500, 'en', '15.5k'],
		[2500000, 'en', '2.5M'],
		[12.345, 'en', '12.35'],
		[NaN, 'zh', '–']
	];
	it.each(cases)('%d in %s', (v, lang, want) => expect(compactNumber(v, lang)).toBe(want));
});

describe('moneyUnit', () => {
	it('is 元 in Chinese unless the data names a currency', () => {
		expect([moneyUnit('zh'), moneyUnit('en'), moneyUnit('zh', 'USD')]).toEqual(['元', '', 'USD']);
	});
});

describe('columnDigits', () => {
	const cases: [string, (number | null)[], number][] = [
		['a column reaching 100 is in whole units', [5967.2, 373.15, null], 0],
		['small amounts keep cents', [35.5, 12.25], 2],
		['a negative large value counts', [-150, 3], 0],
		['nothing known', [null, NaN], 2]
	];
	it.each(cases)('%s', (_, values, want) => expect(columnDigits(values)).toBe(want));
});
