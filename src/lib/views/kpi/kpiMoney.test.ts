import { describe, expect, it } from 'vitest';
import { kpiMoney } from './kpiMoney';

describe('kpiMoney', () => {
	it.each([
		// value, currency, lang, shown, exact (hover) — written out by hand.
		[1234567.891, 'CNY', 'zh', '123.5万元', '1,234,567.89元'],
		[234567890, 'CNY', 'zh', '2.3亿元', '234,567,890.00元'],
		[9999.5, 'CNY', 'zh', '10,000元', '9,999.50元'],
		[37.5, 'CNY', 'zh', '37.50元', '37.50元'],
		[1234567.891, 'CNY', 'en', 'CN¥1,234,568', 'CN¥1,234,567.89'],
		[37.5, 'USD', 'en', '$37.50', '$37.50'],
		[-12345, 'USD', 'zh', '-US$1.2万', '-US$12,345.00'],
		[1234, null, 'en', '1,234', '1,234.00'],
		[12345, null, 'zh', '1.2万', '12,345.00']
	] as const)('%s %s %s → %s', (value, currency, lang, text, exact) => {
		expect(kpiMoney(value, currency, lang)).toEqual({ text, exact });
	});
});
