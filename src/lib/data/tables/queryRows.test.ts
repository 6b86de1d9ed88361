import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { MISSING_DAY } from '../../analytics/types';
import type { Field, StoredColumn } from '../validate/types';
import { columnChoices, labelOrder, queryRows, type QueryTable, type RowQuery } from './queryRows';

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

// Pinyin order under a Chinese interface. The names and their readings, checked by hand (each
// character has one common reading, so no dictionary choice is involved):
//   row  id   order  name   reading
//   0    70   A-2    张伟   zhāng wěi
//   1    007  A-10   李娜   lǐ nà
//   2    7    B-1    阿明   ā míng
//   3    C1   A-1    陈静   chén jìng
//   4    8    A-3    王芳   wáng fāng
//   5    08   A-20   刘洋   liú yáng
//   6    9    B-2    赵磊   zhào lěi
//   7    10   A-4    (blank)
// By pinyin: a < chen < li < liu < wang < zhang < zhao → rows 2, 3, 1, 5, 4, 0, 6, blank 7 last.
// By code point the order differs (刘 U+5218 < 张 U+5F20 < 李 U+674E < 王 U+738B < 赵 U+8D75
// < 阿 U+963F < 陈 U+9648): rows 5, 0, 1, 4, 6, 2, 3, 7 — so the test can tell the two apart.
// Ids keep code units under pinyin too: "007" < "08" < "10" < "7" < "70" < "8" < "9" < "C1".
const pinyinTable: QueryTable = {
	rows: 8,
	fields: [
		{ key: 'customerId', header: '客户编号', role: 'customerId', type: 'dict' },
		{ key: 'orderId', header: '订单号', role: 'orderId', type: 'dict' },
		{ key: 'name', header: '姓名', role: 'attribute', type: 'dict' }
	],
	columns: {
		customerId: dict(['70', '007', '7', 'C1', '8', '08', '9', '10']),
		orderId: dict(['A-2', 'A-10', 'B-1', 'A-1', 'A-3', 'A-20', 'B-2', 'A-4']),
		name: dict(['张伟', '李娜', '阿明', '陈静', '王芳', '刘洋', '赵磊', null])
	}
};

const pinyinCases: { name: string; query: Partial<RowQuery>; rows: number[] }[] = [
	{
		name: 'Chinese names by pinyin, blank last',
		query: { sort: { key: 'name', desc: false }, collation: 'pinyin' },
		rows: [2, 3, 1, 5, 4, 0, 6, 7]
	},
	{
		name: 'Chinese names by pinyin, descending, blank still last',
		query: { sort: { key: 'name', desc: true }, collation: 'pinyin' },
		rows: [6, 0, 4, 5, 1, 3, 2, 7]
	},
	{
		name: 'the same names by code point without the collation',
		query: { sort: { key: 'name', desc: false } },
		rows: [5, 0, 1, 4, 6, 2, 3, 7]
	},
	{
		// 007 (1), 08 (5), 10 (7), 7 (2), 70 (0), 8 (4), 9 (6), C1 (3).
		name: 'customer ids stay strings under pinyin',
		query: { sort: { key: 'customerId', desc: false }, collation: 'pinyin' },
		rows: [1, 5, 7, 2, 0, 4, 6, 3]
	},
	{
		// A-1 (3), A-10 (1), A-2 (0), A-20 (5), A-3 (4), A-4 (7), B-1 (2), B-2 (6): no numeric order.
		name: 'order ids stay strings under pinyin',
		query: { sort: { key: 'orderId', desc: false }, collation: 'pinyin' },
		rows: [3, 1, 0, 5, 4, 7, 2, 6]
	}
];

describe('queryRows with the pinyin collation', () => {
	for (const c of pinyinCases)
		it(c.name, () => {
			expect([...queryRows(pinyinTable, { ...none, ...c.query })]).toEqual(c.rows);
		});
});

describe('labelOrder (the row view’s value lists)', () => {
	const names = ['张伟', '李娜', '阿明', '陈静'];
	const cases = [
		{ collation: 'pinyin' as const, role: 'attribute', expected: ['阿明', '陈静', '李娜', '张伟'] },
		{ collation: 'code' as const, role: 'attribute', expected: ['张伟', '李娜', '阿明', '陈静'] },
		{ collation: 'pinyin' as const, role: 'customerId', expected: ['张伟', '李娜', '阿明', '陈静'] }
	];
	it.each(cases)('$collation, $role', ({ collation, role, expected }) => {
		expect([...names].sort(labelOrder(collation, role))).toEqual(expected);
	});
});
