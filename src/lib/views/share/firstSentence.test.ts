import { describe, expect, it } from 'vitest';
import { firstSentence } from './firstSentence';

// Expectations written by hand from each text.
const cases = [
	{
		text: 'Bars: customers per value range. Dashed lines: score edges. Click a band to list its customers.',
		expected: 'Bars: customers per value range.'
	},
	{
		text: '柱：各数值区间的客户数。虚线：得分分界值。点击某一段可列出其中的客户。',
		expected: '柱：各数值区间的客户数。'
	},
	{
		text: 'The top 5 % bring 31.5 % of net revenue.',
		expected: 'The top 5 % bring 31.5 % of net revenue.'
	},
	{ text: '前 5% 的客户带来 31.5% 的净收入。', expected: '前 5% 的客户带来 31.5% 的净收入。' },
	{ text: '谁会流失？看最近一次购买。', expected: '谁会流失？' },
	{ text: '  no full stop\n at all ', expected: 'no full stop at all' },
	{ text: '', expected: '' }
];

describe('firstSentence', () => {
	it.each(cases)('$text', ({ text, expected }) => {
		expect(firstSentence(text)).toBe(expected);
	});
});
