import { describe, expect, it } from 'vitest';
import { compactNumber } from './compactNumber';
import { periodLabel } from './periodLabel';

describe('periodLabel', () => {
	const cases = [
		{ day: '2024-03-01', grain: 'month' as const, out: '2024-03' },
		{ day: '2024-01-01', grain: 'quarter' as const, out: '2024 Q1' },
		{ day: '2024-10-01', grain: 'quarter' as const, out: '2024 Q4' },
		{ day: '2024-02-19', grain: 'week' as const, out: '2024-02-19' }
	];
	it.each(cases)('$day per $grain → $out', ({ day, grain, out }) =>
		expect(periodLabel(day, grain)).toBe(out)
	);
});

describe('compactNumber', () => {
	const cases = [
		{ v: 950, lang: 'en' as const, out: '950' },
		{ v: 12_345, lang: 'en' as const, out: '12.3k' },
		{ v: 1_500_000, lang: 'en' as const, out: '1.5M' },
		// 万 = 10,000 and 亿 = 100,000,000.
		{ v: 12_345, lang: 'zh' as const, out: '1.2万' },
		{ v: 500_000, lang: 'zh' as const, out: '50万' },
		{ v: 230_000_000, lang: 'zh' as const, out: '2.3亿' },
		{ v: 2.345, lang: 'zh' as const, out: '2.35' }
	];
	it.each(cases)('$v in $lang → $out', ({ v, lang, out }) =>
		expect(compactNumber(v, lang)).toBe(out)
	);
});
