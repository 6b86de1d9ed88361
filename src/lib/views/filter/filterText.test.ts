import { describe, expect, it } from 'vitest';
import { filterMessages } from '$lib/i18n/messages/filter';
import { format } from '$lib/i18n/format';
import type { FilterSpec } from '$lib/analytics/filter';
import { filterParts } from './filterText';

const tr =
	(lang: 'en' | 'zh') =>
	(key: string, values?: Record<string, unknown>): string =>
		format((filterMessages[lang] as Record<string, string>)[key], values ?? {}, lang);

const spec: FilterSpec = {
	from: '2024-01-01',
	to: '2024-12-31',
	where: [
		{ on: 'customers', column: 'region', values: ['North', 'South'] },
		{ on: 'customers', column: 'age', min: 30, max: null },
		{ on: 'transactions', column: 'amount', min: 10, max: 50 }
	]
};

describe('filterParts', () => {
	const cases = [
		{
			lang: 'en' as const,
			expected: ['2024-01-01 – 2024-12-31', 'Region: North or South', 'Age ≥ 30', 'Amount 10 – 50']
		},
		{
			lang: 'zh' as const,
			expected: ['2024-01-01 至 2024-12-31', 'Region：North或South', 'Age ≥ 30', 'Amount 10–50']
		}
	];
	it.each(cases)('$lang', ({ lang, expected }) => {
		const name = (c: { column: string }) => c.column[0].toUpperCase() + c.column.slice(1);
		expect(filterParts(spec, name, tr(lang))).toEqual(expected);
	});
	it('only an upper bound on the window', () => {
		expect(filterParts({ from: null, to: '2023-06-30', where: [] }, () => '', tr('en'))).toEqual([
			'to 2023-06-30'
		]);
	});
	it('nothing filtered: no parts', () => {
		expect(filterParts({ from: null, to: null, where: [] }, () => '', tr('en'))).toEqual([]);
	});
});
