import { describe, expect, it } from 'vitest';
import { i18n } from './i18n.svelte';

// By hand: en-US and zh-CN both group thousands with commas and use a point for decimals.
const cases: [string, 'en' | 'zh', number, number, string][] = [
	['integer, en', 'en', 1234567, 0, '1,234,567'],
	['two digits, en', 'en', 1234.5, 2, '1,234.50'],
	['rounds, zh', 'zh', 0.125, 2, '0.13'],
	['negative, zh', 'zh', -9876.5, 1, '-9,876.5'],
	['not a number', 'en', NaN, 0, '–']
];

describe('i18n.n', () => {
	it.each(cases)('%s', async (_, lang, value, digits, want) => {
		await i18n.set(lang);
		expect(i18n.n(value, digits)).toBe(want);
	});

	it('the same formatter serves the same language and digits again', async () => {
		await i18n.set('en');
		expect([i18n.n(1, 1), i18n.n(2, 1), i18n.n(3, 0)]).toEqual(['1.0', '2.0', '3']);
		expect(i18n.pct(0.256)).toBe('25.6 %');
	});
});
