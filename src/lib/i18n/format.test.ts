// Placeholders and plural choices, by hand: English one/other, Chinese other only.
import { describe, expect, it } from 'vitest';
import { format } from './format';

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
