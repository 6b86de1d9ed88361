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
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
		// Issue 19: a trigger after leading whitespace, invisible characters or quotes.
		['\u00a0=1+1', "'\u00a0=1+1"],
		['\u3000=1+1', "'\u3000=1+1"],
		['\u200b=1+1', "'\u200b=1+1"],
		['\u200b\u200b+1', "'\u200b\u200b+1"],
		['\ufeff@SUM(A1)', "'\ufeff@SUM(A1)"],
		['\u2060-1+1', "'\u2060-1+1"],
		['\u202e=1', "'\u202e=1"],
		[' =1+1', "' =1+1"],
		['\t =1', "'\t =1"],
		['\n=1', "'\n=1"],
		['"=1+1', `'"=1+1`],
		// An apostrophe in front is the neutralised form itself: left as it is.
		["'=1+1", "'=1+1"],
		['“=1+1', "'“=1+1"],
		['\u00a0"\u3000@x', `'\u00a0"\u3000@x`],
		['＝1+1', "'＝1+1"],
		['\u3000＋1', "'\u3000＋1"],
		// Leading space with no trigger after it, and triggers that are not at the start.
		['  plain', '  plain'],
		['\u00a0text', '\u00a0text'],
		['a=1', 'a=1'],
		['"quoted"', '"quoted"'],
		['1-2', '1-2']
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
