import { describe, expect, it } from 'vitest';
import { formatMoney, moneyHeader, type MoneyOptions } from './formatMoney';

// Expected texts written by hand: zh-CN and en-US group thousands with commas; 元 follows the
// number in Chinese; other currencies put their symbol first; unknown currencies show no unit.
const cases: [string, number, string | null, 'en' | 'zh', MoneyOptions, string][] = [
	['yuan in Chinese', 5967, 'CNY', 'zh', {}, '5,967元'],
	['yuan in Chinese, compact', 12345, 'CNY', 'zh', { compact: true }, '1.2万元'],
	['yuan in Chinese, 亿', 312000000, 'CNY', 'zh', { compact: true }, '3.1亿元'],
	['yuan in Chinese, cents', 373.149, 'CNY', 'zh', { digits: 2 }, '373.15元'],
	['yuan in English', 5967, 'CNY', 'en', {}, 'CN¥5,967'],
	['yuan in English, compact', 12345, 'CNY', 'en', { compact: true }, 'CN¥12.3k'],
	['dollars in Chinese', 12345, 'USD', 'zh', { compact: true }, 'US$1.2万'],
	['dollars in English', 1234.5, 'USD', 'en', { digits: 2 }, '$1,234.50'],
	['euros in Chinese', 373.15, 'EUR', 'zh', { digits: 2 }, '€373.15'],
	['pounds in English', 99, 'GBP', 'en', {}, '£99'],
	['yen in Chinese', 5000, 'JPY', 'zh', {}, 'JP¥5,000'],
	['negative: sign before the symbol', -5, 'USD', 'en', {}, '-$5'],
	['negative yuan in Chinese', -12000, 'CNY', 'zh', {}, '-12,000元'],
	['rounds to zero: no sign', -0.004, 'EUR', 'en', { digits: 2 }, '€0.00'],
	['unknown currency: no unit', 5967, null, 'zh', {}, '5,967'],
	['unknown currency, compact', 12345, null, 'zh', { compact: true }, '1.2万'],
	['a code not on the list: no unit', 10, 'XYZ', 'en', {}, '10'],
	['not a number', NaN, 'CNY', 'zh', {}, '–']
];

describe('formatMoney', () => {
	it.each(cases)('%s', (_, value, currency, lang, options, want) => {
		expect(formatMoney(value, currency, lang, options)).toBe(want);
	});
});

const headers: [string, string | null, 'en' | 'zh', string][] = [
	['revenue', 'CNY', 'en', 'revenue (CNY)'],
	['收入', 'CNY', 'zh', '收入（元）'],
	['收入', 'USD', 'zh', '收入（USD）'],
	['revenue', null, 'en', 'revenue'],
	['收入', null, 'zh', '收入']
];

describe('moneyHeader', () => {
	it.each(headers)('%s %s %s', (label, currency, lang, want) => {
		expect(moneyHeader(label, currency, lang)).toBe(want);
	});
});
