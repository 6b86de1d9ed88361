import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from './toCsv';

describe('neutralizeCell', () => {
	const cases: [unknown, string][] = [
		['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
		["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
		['+1+1', "'+1+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['-12.5', '-12.5'],
		[-3, '-3'],
		[NaN, ''],
		[null, ''],
		['plain', 'plain'],
		['<script>alert(1)</script>', '<script>alert(1)</script>']
	];
	it.each(cases)('%j → %j', (input, out) => expect(neutralizeCell(input)).toBe(out));
});

describe('toCsv', () => {
	it('quotes delimiters, quotes and line breaks and starts with a BOM', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['x,y', 'say "hi"'],
					['line\nbreak', 1]
				]
			)
		).toBe('\ufeffa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",1\r\n');
	});
});
