import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { MISSING_DAY } from '../../analytics/types';
import type { Field, StoredColumn } from '../validate/types';
import { columnChoices, queryRows, type QueryTable, type RowQuery } from './queryRows';

/** A dictionary column from its cells (null = blank), codes in first-appearance order. */
function dict(cells: (string | null)[]): StoredColumn {
	const labels: string[] = [];
	const codes = Int32Array.from(cells, (c) => {
		if (c === null) return -1;
		const at = labels.indexOf(c);
		return at >= 0 ? at : labels.push(c) - 1;
	});
	return { type: 'dict', codes, labels };
}

// The table, row by row (hand-written; every expectation below is read off it):
//   row  id     name   city  amount  date
//   0    007    Alice  北京   10.5    2024-01-03
//   1    7      bob    上海   20      2024-01-01
//   2    C1     Carol  北京   10.5    (blank)
//   3    007    张伟    广州   (blank) 2024-01-02
//   4    70     alice  (blank) 5      2024-01-05
const day = (iso: string | null) => (iso === null ? MISSING_DAY : dayFromISO(iso));
const fields: Field[] = [
	{ key: 'customer', header: 'id', role: 'customer', type: 'dict' },
	{ key: 'name', header: 'name', role: 'ignore', type: 'dict' },
	{ key: 'city', header: 'city', role: 'ignore', type: 'dict' },
	{ key: 'amount', header: 'amount', role: 'amount', type: 'number' },
	{ key: 'date', header: 'date', role: 'date', type: 'day' }
] as Field[];
const table: QueryTable = {
	rows: 5,
	fields,
	columns: {
		customer: dict(['007', '7', 'C1', '007', '70']),
		name: dict(['Alice', 'bob', 'Carol', '张伟', 'alice']),
		city: dict(['北京', '上海', '北京', '广州', null]),
		amount: { type: 'number', values: Float64Array.from([10.5, 20, 10.5, NaN, 5]) },
		date: {
			type: 'day',
			values: Int32Array.from(
				['2024-01-03', '2024-01-01', null, '2024-01-02', '2024-01-05'].map(day)
			)
		}
	}
};

const none: RowQuery = { sort: null, search: '', filters: [] };
const cases: { name: string; query: Partial<RowQuery>; rows: number[] }[] = [
	{ name: 'no query: the file order', query: {}, rows: [0, 1, 2, 3, 4] },
	{
		// 5 < 10.5 = 10.5 < 20; the tie keeps the file order; the blank goes last.
		name: 'amount ascending, tie and blank',
		query: { sort: { key: 'amount', desc: false } },
		rows: [4, 0, 2, 1, 3]
	},
	{
		// Descending reverses the values, not the tie (still rows 0 then 2); the blank stays last.
		name: 'amount descending',
		query: { sort: { key: 'amount', desc: true } },
		rows: [1, 0, 2, 4, 3]
	},
	{
		// Code units: '0' (48) < '7' (55) < 'C' (67), and "7" < "70" (prefix): 007, 007, 7, 70, C1.
		name: 'ids sort as strings, "007" before "7"',
		query: { sort: { key: 'customer', desc: false } },
		rows: [0, 3, 1, 4, 2]
	},
	{
		name: 'ids descending, the two "007" in file order',
		query: { sort: { key: 'customer', desc: true } },
		rows: [2, 4, 1, 0, 3]
	},
	{
		// 上 U+4E0A < 北 U+5317 < 广 U+5E7F; row 4's blank city last.
		name: 'Chinese text sorts by code point, blank last',
		query: { sort: { key: 'city', desc: false } },
		rows: [1, 0, 2, 3, 4]
	},
	{
		// 01-01 (1), 01-02 (3), 01-03 (0), 01-05 (4); row 2 has no date.
		name: 'dates ascending',
		query: { sort: { key: 'date', desc: false } },
		rows: [1, 3, 0, 4, 2]
	},
	{ name: 'dates descending', query: { sort: { key: 'date', desc: true } }, rows: [4, 0, 3, 1, 2] },
	{
		// "007", "7" and "70" contain 7; row 2 (C1, Carol, 北京) has none.
		name: 'search "7" finds every id containing it',
		query: { search: '7' },
		rows: [0, 1, 3, 4]
	},
	{ name: 'search ignores Latin case', query: { search: 'ALICE' }, rows: [0, 4] },
	{ name: 'search Chinese text', query: { search: '北京' }, rows: [0, 2] },
	{ name: 'search one Chinese character', query: { search: '京' }, rows: [0, 2] },
	{ name: 'search with blanks around', query: { search: '  张 ' }, rows: [3] },
	{ name: 'search finding nothing', query: { search: 'zzz' }, rows: [] },
	{
		name: 'the value "7" is not "007"',
		query: { filters: [{ key: 'customer', kind: 'values', values: ['7'] }] },
		rows: [1]
	},
	{
		name: 'the value "007" is two rows',
		query: { filters: [{ key: 'customer', kind: 'values', values: ['007'] }] },
		rows: [0, 3]
	},
	{
		name: 'two cities; a blank city matches no value',
		query: { filters: [{ key: 'city', kind: 'values', values: ['北京', '广州'] }] },
		rows: [0, 2, 3]
	},
	{
		name: 'no value chosen: no row',
		query: { filters: [{ key: 'city', kind: 'values', values: [] }] },
		rows: []
	},
	{
		// Both bounds inclusive: 10.5, 20, 10.5; the blank amount is outside every range.
		name: 'amount from 10 to 20',
		query: { filters: [{ key: 'amount', kind: 'range', min: 10, max: 20 }] },
		rows: [0, 1, 2]
	},
	{
		name: 'amount up to 10 (open below)',
		query: { filters: [{ key: 'amount', kind: 'range', min: null, max: 10 }] },
		rows: [4]
	},
	{
		name: 'amount exactly 10.5 (min = max)',
		query: { filters: [{ key: 'amount', kind: 'range', min: 10.5, max: 10.5 }] },
		rows: [0, 2]
	},
	{
		name: 'dates 01-02 to 01-03, the blank date out',
		query: {
			filters: [{ key: 'date', kind: 'range', min: day('2024-01-02'), max: day('2024-01-03') }]
		},
		rows: [0, 3]
	},
	{
		name: 'a range with nothing inside',
		query: { filters: [{ key: 'amount', kind: 'range', min: 21, max: null }] },
		rows: []
	},
	{
		// 北京 rows 0 and 2; both names contain "a"; their amounts tie at 10.5: file order.
		name: 'filter, search and sort together',
		query: {
			sort: { key: 'amount', desc: true },
			search: 'a',
			filters: [{ key: 'city', kind: 'values', values: ['北京'] }]
		},
		rows: [0, 2]
	},
	{
		name: 'a filter on a column the dataset lacks filters nothing',
		query: { filters: [{ key: 'nope', kind: 'values', values: ['x'] }] },
		rows: [0, 1, 2, 3, 4]
	},
	{
		name: 'sort by a column the dataset lacks keeps the file order',
		query: { sort: { key: '__proto__', desc: true } },
		rows: [0, 1, 2, 3, 4]
	}
];

describe('queryRows', () => {
	for (const c of cases)
		it(c.name, () => {
			expect([...queryRows(table, { ...none, ...c.query })]).toEqual(c.rows);
		});
});

describe('columnChoices', () => {
	it('offers value lists for few labels and ranges for numbers and dates', () => {
		expect(columnChoices(table)).toEqual([
			{ key: 'customer', kind: 'values', values: ['007', '7', '70', 'C1'] },
			{ key: 'name', kind: 'values', values: ['Alice', 'Carol', 'alice', 'bob', '张伟'] },
			{ key: 'city', kind: 'values', values: ['上海', '北京', '广州'] },
			{ key: 'amount', kind: 'range', min: 5, max: 20 },
			{ key: 'date', kind: 'range', min: day('2024-01-01'), max: day('2024-01-05') }
		]);
	});

	it('no value list for a column of many labels; an all-blank range is open', () => {
		const many = Array.from({ length: 31 }, (_, i) => `C${i}`);
		const t: QueryTable = {
			rows: 31,
			fields: [fields[0], fields[3]],
			columns: {
				customer: dict(many),
				amount: { type: 'number', values: new Float64Array(31).fill(NaN) }
			}
		};
		expect(columnChoices(t)).toEqual([
			{ key: 'customer', kind: 'none' },
			{ key: 'amount', kind: 'range', min: null, max: null }
		]);
	});
});
