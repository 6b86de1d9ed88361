import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import type { ColumnarDataset } from '../../data/tables/toTables';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { filteredContext } from './filteredContext';
import type { EngineFilters } from './engineFilters';
import { filterOptions } from './filterOptions';

const dict = (labels: string[], codes: number[]) => ({
	type: 'dict' as const,
	labels,
	codes: Int32Array.from(codes)
});

// Transactions: A 2023-12-31 5, B 2024-03-01 10, A 2024-06-01 20, C 2024-07-01 30, B 2025-01-01 40.
// Customers: A North, B South, C North.  Survey: answers by C, B, A.
function datasets(): Map<string, ColumnarDataset> {
	return new Map<string, ColumnarDataset>([
		[
			'tx',
			{
				rows: 5,
				fields: [
					{ key: 'customerId', header: 'id', role: 'customerId', type: 'dict' },
					{ key: 'date', header: 'date', role: 'date', type: 'day' },
					{ key: 'amount', header: 'amount', role: 'amount', type: 'number' }
				],
				columns: {
					customerId: dict(['A', 'B', 'C'], [0, 1, 0, 2, 1]),
					date: {
						type: 'day',
						values: Int32Array.from(
							['2023-12-31', '2024-03-01', '2024-06-01', '2024-07-01', '2025-01-01'].map(dayFromISO)
						)
					},
					amount: { type: 'number', values: Float64Array.from([5, 10, 20, 30, 40]) }
				}
			}
		],
		[
			'cu',
			{
				rows: 3,
				fields: [
					{ key: 'customerId', header: 'id', role: 'customerId', type: 'dict' },
					{ key: 'region', header: 'Region', role: 'attribute', type: 'dict' }
				],
				columns: {
					customerId: dict(['A', 'B', 'C'], [0, 1, 2]),
					region: dict(['North', 'South'], [0, 1, 0])
				}
			}
		],
		[
			'sv',
			{
				rows: 3,
				fields: [
					{ key: 'customerId', header: 'id', role: 'customerId', type: 'dict' },
					{ key: 'q1', header: 'q1', role: 'item', type: 'number' }
				],
				columns: {
					customerId: dict(['C', 'B', 'A'], [0, 1, 2]),
					q1: { type: 'number', values: Float64Array.from([7, 8, 9]) }
				}
			}
		]
	]);
}

function base(store: Map<string, ColumnarDataset>): AnalysisContext {
	const none = async (): Promise<never> => {
		throw new Error('the filtered context must build tables itself');
	};
	return {
		dataset: async (id) => store.get(id)!,
		transactions: none,
		customers: none,
		survey: none,
		summary: none,
		progress: () => {}
	};
}

const north2024: EngineFilters = {
	from: '2024-01-01',
	to: '2024-12-31',
	where: [{ on: 'customers', column: 'region', values: ['North'] }],
	customersId: 'cu'
};

describe('filteredContext', () => {
	it('no filter: the context itself', () => {
		const b = base(datasets());
		expect(filteredContext(b, null)).toBe(b);
	});

	it('transactions: the window and the joined region, customers recoded', async () => {
		const ctx = filteredContext(base(datasets()), north2024);
		const tx = await ctx.transactions('tx');
		// Kept: A 2024-06-01 20, C 2024-07-01 30.
		expect(tx.length).toBe(2);
		expect(tx.customerIds).toEqual(['A', 'C']);
		expect([...tx.customer]).toEqual([0, 1]);
		expect([...tx.amount!]).toEqual([20, 30]);
	});

	it('customers and survey answers: by the customer conditions only', async () => {
		const ctx = filteredContext(base(datasets()), north2024);
		expect((await ctx.customers('cu')).ids).toEqual(['A', 'C']);
		const sv = await ctx.survey('sv');
		expect(sv.customerId).toEqual(['C', 'A']);
		expect([...sv.items.q1]).toEqual([7, 9]);
	});

	it('a date window alone leaves customers and survey untouched', async () => {
		const ctx = filteredContext(base(datasets()), { ...north2024, where: [] });
		expect((await ctx.customers('cu').catch((e) => e)) instanceof Error).toBe(true);
		expect((await ctx.transactions('tx')).length).toBe(3);
	});

	it('nothing left: an AnalysisProblem the page puts in words', async () => {
		const ctx = filteredContext(base(datasets()), { ...north2024, from: '2030-01-01', to: null });
		const e = await ctx.transactions('tx').catch((x) => x);
		expect(e).toBeInstanceOf(AnalysisProblem);
		expect(e.code).toBe('filter.empty');
	});

	it('the same filter twice: the same table; a replaced dataset: a new one', async () => {
		const store = datasets();
		const a = await filteredContext(base(store), north2024).transactions('tx');
		const b = await filteredContext(base(store), north2024).transactions('tx');
		expect(b).toBe(a);
		store.set('tx', { ...store.get('tx')! });
		const c = await filteredContext(base(store), north2024).transactions('tx');
		expect(c).not.toBe(a);
		expect(c.length).toBe(2);
	});
});

describe('filterOptions', () => {
	it('lists columns and counts what the filter keeps', async () => {
		const r = await filterOptions(base(datasets()), {
			transactionsId: 'tx',
			customersId: 'cu',
			filters: north2024
		});
		expect(r.first).toBe('2023-12-31');
		expect(r.last).toBe('2025-01-01');
		expect(r.total).toEqual({ rows: 5, customers: 3 });
		expect(r.kept).toEqual({ rows: 2, customers: 2 });
		expect(r.columns.map((c) => `${c.on}:${c.key}`)).toEqual([
			'transactions:amount',
			'customers:region'
		]);
		expect(r.columns[0]).toMatchObject({ min: 5, max: 40 });
		expect(r.columns[1].values).toEqual([
			{ label: 'North', rows: 2 },
			{ label: 'South', rows: 1 }
		]);
	});
	it('reports the problem instead of failing', async () => {
		const r = await filterOptions(base(datasets()), {
			transactionsId: 'tx',
			customersId: null,
			filters: north2024
		});
		expect(r.kept).toBeNull();
		expect(r.problem?.code).toBe('filter.no_customers');
	});
});
