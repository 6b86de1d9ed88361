import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../analytics/dates';
import type { ColumnarDataset } from '../data/tables/toTables';
import type { Field } from '../data/validate/types';
import type { AnalysisContext } from './context';
import { datasetRows, readRowQuery } from './datasetRows';

// Six rows: customer ids as strings (with "007" and "7"), amounts with a tie, one date blank.
const fields = [
	{ key: 'customerId', header: 'customer', role: 'customerId', type: 'dict' },
	{ key: 'amount', header: 'amount', role: 'amount', type: 'number' },
	{ key: 'date', header: 'date', role: 'date', type: 'day' }
] as Field[];
const ds: ColumnarDataset = {
	rows: 6,
	fields,
	columns: {
		customerId: {
			type: 'dict',
			codes: Int32Array.from([0, 1, 2, 0, 1, 3]),
			labels: ['007', '7', 'A', 'B']
		},
		amount: { type: 'number', values: Float64Array.from([0.125, 20, 3, 20, 5.5, 1]) },
		date: {
			type: 'day',
			values: Int32Array.from([
				dayFromISO('2024-01-01'),
				dayFromISO('2024-01-02'),
				dayFromISO('2024-01-03'),
				dayFromISO('2024-01-04'),
				dayFromISO('2024-01-05'),
				-2147483648
			])
		}
	}
};
const ctx = { dataset: async () => ds } as unknown as AnalysisContext;

const cases: { name: string; params: Record<string, unknown>; total: number; rows: unknown[][] }[] =
	[
		{
			// 20 (row 1), 20 (row 3) tie in file order, then 5.5, 3, 1, 0.125; page of 2 from the 2nd.
			name: 'amount descending, second and third rows',
			params: { sortKey: 'amount', desc: true, offset: 1, limit: 2 },
			total: 6,
			rows: [
				['007', 20, '2024-01-04'],
				['7', 5.5, '2024-01-05']
			]
		},
		{
			name: 'the value "007" only; amounts exact (0.125 is not rounded)',
			params: { columnFilters: [{ key: 'customerId', kind: 'values', values: ['007'] }] },
			total: 2,
			rows: [
				['007', 0.125, '2024-01-01'],
				['007', 20, '2024-01-04']
			]
		},
		{
			name: 'a date range sent as ISO text; the blank date is out',
			params: {
				columnFilters: [{ key: 'date', kind: 'range', min: '2024-01-03', max: '2024-12-31' }]
			},
			total: 3,
			rows: [
				['A', 3, '2024-01-03'],
				['007', 20, '2024-01-04'],
				['7', 5.5, '2024-01-05']
			]
		},
		{
			name: 'a search with no match: an empty page',
			params: { search: 'zz' },
			total: 0,
			rows: []
		},
		{
			// The workspace filter (params.filters) never reaches the Data page's own rows.
			name: 'malformed column filters and the workspace filter are ignored',
			params: {
				offset: 4,
				filters: { from: '2024-01-02' },
				columnFilters: [null, 5, { key: 1 }, { key: 'amount', kind: 'between' }]
			},
			total: 6,
			rows: [
				['7', 5.5, '2024-01-05'],
				['B', 1, null]
			]
		}
	];

describe('datasetRows', () => {
	for (const c of cases)
		it(c.name, async () => {
			const out = await datasetRows(ctx, { id: 'x', ...c.params });
			expect(out.total).toBe(c.total);
			expect(out.all).toBe(6);
			expect(out.rows).toEqual(c.rows);
		});

	it('offers ranges with dates as ISO text', async () => {
		const out = await datasetRows(ctx, { id: 'x' });
		expect(out.choices).toEqual([
			{ key: 'customerId', kind: 'values', values: ['007', '7', 'A', 'B'] },
			{ key: 'amount', kind: 'range', min: 0.125, max: 20 },
			{ key: 'date', kind: 'range', min: '2024-01-01', max: '2024-01-05' }
		]);
	});

	it('asks for pinyin only when told so', () => {
		expect(readRowQuery({ collation: 'pinyin' }).collation).toBe('pinyin');
		expect(readRowQuery({ collation: 'code' }).collation).toBeUndefined();
		expect(readRowQuery({ collation: { x: 1 } }).collation).toBeUndefined();
	});

	it('reads a query from plain params', () => {
		expect(readRowQuery({ sortKey: 'amount', desc: 1, search: 7 })).toEqual({
			sort: { key: 'amount', desc: true },
			search: '',
			filters: []
		});
	});
});
