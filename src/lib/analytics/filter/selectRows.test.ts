import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { FilterProblem, type FilterColumn, type FilterSpec } from './filterSpec';
import { joinCustomers } from './joinCustomers';
import { selectByCustomer, selectRows } from './selectRows';

const dict = (labels: string[], codes: number[]): FilterColumn => ({
	type: 'dict',
	labels,
	codes: Int32Array.from(codes)
});
const days = (iso: string[]): FilterColumn => ({
	type: 'day',
	values: Int32Array.from(iso.map(dayFromISO))
});
const nums = (v: number[]): FilterColumn => ({ type: 'number', values: Float64Array.from(v) });

// Six purchases by hand:        row customer date        amount category
//                               0   A        2024-01-01  10     Books
//                               1   B        2024-01-15  20     Toys
//                               2   A        2024-02-01  30     Toys
//                               3   C        2024-12-31  40     Books
//                               4   D        2025-01-01  50     Books
//                               5   B        2023-12-31  60     Games
const tx = {
	rows: 6,
	columns: {
		customerId: dict(['A', 'B', 'C', 'D'], [0, 1, 0, 2, 3, 1]),
		date: days([
			'2024-01-01',
			'2024-01-15',
			'2024-02-01',
			'2024-12-31',
			'2025-01-01',
			'2023-12-31'
		]),
		amount: nums([10, 20, 30, 40, 50, 60]),
		category: dict(['Books', 'Toys', 'Games'], [0, 1, 1, 0, 0, 2])
	}
};
// Customers: A East 30, B West 45, C East 50 (listed C, A, B); D is not in the file.
const customers = joinCustomers(
	{
		customerId: dict(['C', 'A', 'B'], [0, 1, 2]),
		region: dict(['East', 'West'], [0, 0, 1]),
		age: nums([50, 30, 45]),
		signup: days(['2022-05-01', '2021-01-01', '2023-03-01'])
	},
	3
);

const spec = (s: Partial<FilterSpec>): FilterSpec => ({ from: null, to: null, where: [], ...s });

const kept: { name: string; spec: FilterSpec; rows: number[] }[] = [
	{ name: 'no filter keeps every row', spec: spec({}), rows: [0, 1, 2, 3, 4, 5] },
	{
		name: 'a year: both ends inclusive',
		spec: spec({ from: '2024-01-01', to: '2024-12-31' }),
		rows: [0, 1, 2, 3]
	},
	{ name: 'from only', spec: spec({ from: '2024-12-31' }), rows: [3, 4] },
	{ name: 'to only', spec: spec({ to: '2024-01-01' }), rows: [0, 5] },
	{ name: 'one day', spec: spec({ from: '2024-01-15', to: '2024-01-15' }), rows: [1] },
	{
		name: 'one category',
		spec: spec({ where: [{ on: 'transactions', column: 'category', values: ['Books'] }] }),
		rows: [0, 3, 4]
	},
	{
		name: 'several categories (any of them)',
		spec: spec({ where: [{ on: 'transactions', column: 'category', values: ['Books', 'Toys'] }] }),
		rows: [0, 1, 2, 3, 4]
	},
	{
		name: 'amount range, inclusive',
		spec: spec({ where: [{ on: 'transactions', column: 'amount', min: 20, max: 40 }] }),
		rows: [1, 2, 3]
	},
	{
		name: 'region from the joined customers file (D, not in it, never passes)',
		spec: spec({ where: [{ on: 'customers', column: 'region', values: ['East'] }] }),
		rows: [0, 2, 3]
	},
	{
		name: 'region and a year',
		spec: spec({
			from: '2024-01-01',
			to: '2024-12-31',
			where: [{ on: 'customers', column: 'region', values: ['West'] }]
		}),
		rows: [1]
	},
	{
		name: 'customer age range',
		spec: spec({ where: [{ on: 'customers', column: 'age', min: 40, max: 50 }] }),
		rows: [1, 3, 5]
	},
	{
		name: 'customer age, lower bound only',
		spec: spec({ where: [{ on: 'customers', column: 'age', min: 46, max: null }] }),
		rows: [3]
	},
	{
		name: 'customer signup date range (ISO bounds)',
		spec: spec({
			where: [{ on: 'customers', column: 'signup', min: '2022-01-01', max: '2023-12-31' }]
		}),
		rows: [1, 3, 5]
	},
	{
		name: 'exact numbers as values',
		spec: spec({ where: [{ on: 'customers', column: 'age', values: ['30', '50'] }] }),
		rows: [0, 2, 3]
	},
	{
		name: 'two conditions: both must hold',
		spec: spec({
			where: [
				{ on: 'customers', column: 'region', values: ['East'] },
				{ on: 'transactions', column: 'category', values: ['Toys'] }
			]
		}),
		rows: [2]
	}
];

describe('selectRows', () => {
	it.each(kept)('$name', ({ spec, rows }) => {
		expect([...selectRows(tx, spec, customers)]).toEqual(rows);
	});

	const problems: { name: string; spec: FilterSpec; joined: boolean; code: string }[] = [
		{
			name: 'nothing left',
			spec: spec({
				where: [
					{ on: 'customers', column: 'region', values: ['West'] },
					{ on: 'transactions', column: 'category', values: ['Books'] }
				]
			}),
			joined: true,
			code: 'filter.empty'
		},
		{
			name: 'a window with no purchase',
			spec: spec({ from: '2030-01-01' }),
			joined: true,
			code: 'filter.empty'
		},
		{
			name: 'unknown customer column',
			spec: spec({ where: [{ on: 'customers', column: 'regio', values: ['East'] }] }),
			joined: true,
			code: 'filter.unknown_column'
		},
		{
			name: 'unknown transaction column',
			spec: spec({ where: [{ on: 'transactions', column: 'region', values: ['East'] }] }),
			joined: true,
			code: 'filter.unknown_column'
		},
		{
			name: 'customer condition without a customers file',
			spec: spec({ where: [{ on: 'customers', column: 'region', values: ['East'] }] }),
			joined: false,
			code: 'filter.no_customers'
		},
		{
			name: 'from after to',
			spec: spec({ from: '2024-12-31', to: '2024-01-01' }),
			joined: true,
			code: 'filter.reversed'
		},
		{
			name: 'not a calendar day',
			spec: spec({ from: '2024-02-30' }),
			joined: true,
			code: 'filter.bad_date'
		},
		{
			name: 'a range on a category column',
			spec: spec({ where: [{ on: 'transactions', column: 'category', min: 1, max: 2 }] }),
			joined: true,
			code: 'filter.not_numeric'
		},
		{
			name: 'a value that is not a number on a number column',
			spec: spec({ where: [{ on: 'customers', column: 'age', values: ['old'] }] }),
			joined: true,
			code: 'filter.bad_number'
		}
	];
	it.each(problems)('problem: $name → $code', ({ spec, joined, code }) => {
		let caught: unknown = null;
		try {
			selectRows(tx, spec, joined ? customers : null);
		} catch (e) {
			caught = e;
		}
		expect(caught).toBeInstanceOf(FilterProblem);
		expect((caught as FilterProblem).code).toBe(code);
	});

	it('the empty problem says how many rows there were', () => {
		expect.assertions(1);
		try {
			selectRows(tx, spec({ from: '2030-01-01' }));
		} catch (e) {
			expect((e as FilterProblem).values).toEqual({ rows: 6 });
		}
	});
});

describe('selectByCustomer', () => {
	// Survey answers by C, X (unknown), A, none.
	const survey = {
		rows: 4,
		columns: { customerId: dict(['C', 'X', 'A'], [0, 1, 2, -1]) }
	};
	it('keeps answers whose customer passes the customer conditions', () => {
		const s = spec({ where: [{ on: 'customers', column: 'region', values: ['East'] }] });
		expect([...selectByCustomer(survey, s, customers)!]).toEqual([0, 2]);
	});
	it('dates and transaction columns do not apply: null keeps every row', () => {
		const s = spec({
			from: '2024-01-01',
			where: [{ on: 'transactions', column: 'category', values: ['Books'] }]
		});
		expect(selectByCustomer(survey, s, customers)).toBeNull();
	});
});
