// Wrapping against textWidth's estimate: a Latin character is 0.58 em, a CJK one 1 em; at
// 10 px a Latin character is 5.8 px, so 58 px hold 10 of them.
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

describe('wrapText', () => {
	it.each([
		// Fits (10 characters, 58 px): unchanged.
		{ text: 'abcde fghi', max: 58, rows: 2, out: ['abcde fghi'] },
		// 11 characters: broken at the space; both rows fit.
		{ text: 'abcde fghij', max: 58, rows: 2, out: ['abcde', 'fghij'] },
		// The last space whose head fits: "ab cd ef" (8 chars) fits, "ab cd ef gh" does not.
		{ text: 'ab cd ef gh ij', max: 47, rows: 2, out: ['ab cd ef', 'gh ij'] },
		// Three rows allowed: the second row is wrapped again.
		{ text: 'aaaa bbbb cccc', max: 30, rows: 3, out: ['aaaa', 'bbbb', 'cccc'] },
		// Two rows: the rest is cut with an ellipsis ("bbbb …" is 6 · 5.8 = 34.8 > 30,
		// "bbbb…" is 29).
		{ text: 'aaaa bbbb cccc', max: 30, rows: 2, out: ['aaaa', 'bbbb…'] },
		// No space early enough (the first word alone is too wide): one row, cut — nine
		// characters and the ellipsis, 10 · 5.8 = 58 px.
		{ text: 'abcdefghijkl mn', max: 58, rows: 2, out: ['abcdefghi…'] },
		// One row allowed: cut, never wrapped.
		{ text: 'abcde fghij', max: 58, rows: 1, out: ['abcde fgh…'] },
		// CJK: 位客户 is 3 em = 30 px; "12 位客户" = 3 · 5.8 + 30 = 47.4 > 40, broken at the space.
		{ text: '12 位客户', max: 40, rows: 2, out: ['12', '位客户'] }
	])('$text in $max px, $rows rows', ({ text, max, rows, out }) => {
		expect(wrapText(text, max, 10, rows)).toEqual(out);
	});
});
