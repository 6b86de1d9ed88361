import { describe, expect, it } from 'vitest';
import { dictionaries } from './messages/index';
import { zhTypography } from './zhTypography';

describe('zhTypography', () => {
	const cases: [string, string, string[]][] = [
		['full-width punctuation passes', '客户，共 {n} 位。', []],
		['half-width comma after Chinese', '客户, 共 {n} 位', ['half-width-punctuation']],
		['half-width colon before Chinese', 'RFM:最近一次消费', ['half-width-punctuation']],
		['half-width full stop at the end', '已保存.', ['half-width-punctuation']],
		['decimal point passes', '第 {n}.5 期', []],
		['half-width brackets around Chinese', '金额(元)', ['half-width-parenthesis']],
		['formula brackets without Chinese pass', 'log(1 + x)', []],
		['space before %', '占 7.4 %', ['space-before-percent']],
		['space before % after a placeholder', '前 {share} % 的客户', ['space-before-percent']],
		['no space before % passes', '占 7.4%', []],
		['English sentence passes', 'Saved, 3 files: done.', []]
	];
	it.each(cases)('%s', (_, text, want) => {
		expect(zhTypography(text).map((p) => p.rule)).toEqual(want);
	});
});

// Messages that show a half-width character on purpose: the character itself is the subject.
const SHOWS_THE_CHARACTER = new Set(['import.delim.comma', 'import.delim.semicolon']);

describe('the Chinese message catalogue', () => {
	it('follows Chinese typography', () => {
		const bad = Object.entries(dictionaries.zh)
			.filter(([key]) => !SHOWS_THE_CHARACTER.has(key))
			.flatMap(([key, text]) => zhTypography(text).map((p) => `${key}: ${p.rule} «${p.at}»`));
		expect(bad).toEqual([]);
	});
});
