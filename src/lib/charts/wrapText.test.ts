// Wrapping against textWidth's estimate: a Latin character (and "…") is 0.58 em, a CJK one
// (and fullwidth punctuation) 1 em; at 10 px a Latin character is 5.8 px, so 58 px hold 10.
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
		// CJK: 位客户 is 3 em = 30 px; "12 位客户" = 3 · 5.8 + 30 = 47.4 > 40. Never at the space
		// after the number ("12" / "位客户" was the bug); "位|客户" is a word boundary: "12 位" is
		// 27.4 px and "客户" 20 px. "12 位客" / "户" (37.4 px) fits too but splits a word.
		{ text: '12 位客户', max: 40, rows: 2, out: ['12 位', '客户'] },
		// The 390 px pyramid's line: 4 · 5.8 + 4 · 10 + 5 · 5.8 + 10 = 102.2 px > 80. Before the
		// "（" (punctuation, the best kind): "739 位客户" 53.2 px, "（31.2%）" 49 px.
		{ text: '739 位客户（31.2%）', max: 80, rows: 2, out: ['739 位客户', '（31.2%）'] },
		// After "，" rather than later between characters ("一二三，四五" = 60 px also fits).
		{ text: '一二三，四五六七', max: 60, rows: 2, out: ['一二三，', '四五六七'] },
		// The space between a phrase and a number: "占净收入的" 50 px, "42.1%" 29 px.
		{ text: '占净收入的 42.1%', max: 60, rows: 2, out: ['占净收入的', '42.1%'] },
		// No break right after a digit ("共739位" keeps its measure word): "共739位" is
		// 10 + 17.4 + 10 = 37.4 px, "客户" 20. After "共" the rest (47.4 px) would not fit.
		{ text: '共739位客户', max: 45, rows: 2, out: ['共739位', '客户'] },
		// A row never starts with "。": "客户价值" (40 px) would fit but leave "。" alone.
		{ text: '客户价值。', max: 40, rows: 2, out: ['客户', '价值。'] },
		// English too keeps a number with its sign: 9 · 5.8 = 52.2 > 45; "ab 38.2" (40.6 px) fits
		// but would leave "%" alone on the next row.
		{ text: 'ab 38.2 %', max: 45, rows: 2, out: ['ab', '38.2 %'] },
		// Only breaks inside the number's group: none fits ("123456 位" is 50.6 px), cut.
		{ text: '123456 位客户', max: 45, rows: 2, out: ['123456…'] }
	])('$text in $max px, $rows rows', ({ text, max, rows, out }) => {
		expect(wrapText(text, max, 10, rows)).toEqual(out);
	});
});
