// cohortCounts on a hand-made file of three customers, whole and cut into chunks of whole
// customers: every figure below is counted by hand from the rows.
//   A: 2024-01-05 10, 2024-02-07 20   → January cohort, active in months 0 and 1
//   B: 2024-02-10 5                   → February cohort, active in month 0
//   C: 2024-01-20 7,  2024-03-01 3    → January cohort, active in months 0 and 2
// The anchor is the file's first purchase day (A's first), as cli summarize passes it.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { transactionsFromRows, type TransactionRow } from '../../analytics/tableFromRows';
import type { TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { runAnalysis } from '../registry';
import type { CohortCounts, CohortCountsParams } from './cohortCounts';
import { mergeCohortCounts } from './mergeCohortCounts';

const ROWS: Record<string, TransactionRow[]> = {
	A: [
		{ customerId: 'A', date: '2024-01-05', amount: 10 },
		{ customerId: 'A', date: '2024-02-07', amount: 20 }
	],
	B: [{ customerId: 'B', date: '2024-02-10', amount: 5 }],
	C: [
		{ customerId: 'C', date: '2024-01-20', amount: 7 },
		{ customerId: 'C', date: '2024-03-01', amount: 3 }
	]
};

function contextOf(customers: string[]): AnalysisContext {
	const tx: TransactionTable = transactionsFromRows(customers.flatMap((c) => ROWS[c]));
	const missing = () => Promise.reject(new AnalysisProblem('dataset_missing'));
	return {
		transactions: (id) => (id === 'chunk' ? Promise.resolve(tx) : missing()),
		dataset: missing,
		customers: missing,
		survey: missing,
		summary: missing,
		progress: () => {}
	};
}

const params = (asOf: string): CohortCountsParams => ({
	id: 'chunk',
	asOf: dayFromISO(asOf),
	grain: 'month',
	anchorDay: dayFromISO('2024-01-05')
});

const run = (customers: string[], asOf = '2024-04-01') =>
	runAnalysis(contextOf(customers), 'cohortCounts', params(asOf));

/** The counts as plain arrays (revenue rounded to the cent: it is per member × members). */
const plain = (c: CohortCounts) => ({
	firstPeriod: c.firstPeriod,
	width: c.width,
	labels: c.labels,
	size: [...c.size],
	active: [...c.active],
	revenue: c.revenue ? [...c.revenue].map((x) => Math.round(x * 100) / 100) : null,
	partialPeriod: c.partialPeriod
});

// Months since 1970-01: January 2024 is (2024 − 1970) × 12 = 648.
const LABELS = ['2024-01-01', '2024-02-01', '2024-03-01'];
const cases: { name: string; customers: string[]; asOf?: string; expected: object }[] = [
	{
		name: 'the whole file',
		customers: ['A', 'B', 'C'],
		expected: {
			firstPeriod: 648,
			width: 3,
			labels: LABELS,
			size: [2, 1, 0],
			// Rows: cohort Jan (k 0, 1, 2), cohort Feb (k 0, 1, –), cohort Mar.
			active: [2, 1, 1, 1, 0, 0, 0, 0, 0],
			revenue: [17, 20, 3, 5, 0, 0, 0, 0, 0],
			partialPeriod: null
		}
	},
	{
		// B alone: the anchor still opens January, so the cells line up with the other chunks.
		name: 'a chunk whose customers all came later',
		customers: ['B'],
		expected: {
			firstPeriod: 648,
			width: 3,
			labels: LABELS,
			size: [0, 1, 0],
			active: [0, 0, 0, 1, 0, 0, 0, 0, 0],
			revenue: [0, 0, 0, 5, 0, 0, 0, 0, 0],
			partialPeriod: null
		}
	},
	{
		// Mid-March: March is seen in part (C's 1 March purchase still counts).
		name: 'as of a day inside the last month',
		customers: ['A', 'C'],
		asOf: '2024-03-15',
		expected: {
			firstPeriod: 648,
			width: 3,
			labels: LABELS,
			size: [2, 0, 0],
			active: [2, 1, 1, 0, 0, 0, 0, 0, 0],
			revenue: [17, 20, 3, 0, 0, 0, 0, 0, 0],
			partialPeriod: '2024-03-01'
		}
	}
];

describe('cohortCounts', () => {
	it.each(cases)('$name', async ({ customers, asOf, expected }) => {
		expect(plain(await run(customers, asOf))).toEqual(expected);
	});

	it('chunks of whole customers merge into the whole file (counts exactly)', async () => {
		const whole = await run(['A', 'B', 'C']);
		for (const chunks of [
			[['A'], ['B'], ['C']],
			[['A', 'B'], ['C']],
			[['C'], ['A', 'B']]
		]) {
			const parts = await Promise.all(chunks.map((c) => run(c)));
			const merged = parts.reduce(mergeCohortCounts);
			expect(plain(merged)).toEqual(plain(whole));
			expect([...merged.size]).toEqual([...whole.size]);
			expect([...merged.active]).toEqual([...whole.active]);
		}
	});

	it.each([
		// Every purchase on or after asOf: no cohort at all.
		{ asOf: '2024-01-01', code: 'lifecycle.issue.no_transactions', values: {} },
		// January alone is one period: nothing to follow.
		{
			asOf: '2024-01-31',
			code: 'lifecycle.issue.too_few_periods',
			values: { periods: 1, grain: 'month' }
		}
	])('as of $asOf: the problem $code', async ({ asOf, code, values }) => {
		const e = await run(['A', 'B', 'C'], asOf).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(AnalysisProblem);
		expect((e as AnalysisProblem).code).toBe(code);
		expect((e as AnalysisProblem).values).toEqual(values);
	});
});

// Checked by the type checker (svelte-check), never run: the registry keeps cohortCounts's own
// params, so a missing or misspelt field does not compile.
export function typedParams(ctx: AnalysisContext) {
	// @ts-expect-error — anchorDay missing
	void runAnalysis(ctx, 'cohortCounts', { id: 'x', asOf: 1, grain: 'month' });
	// @ts-expect-error — not a grain
	void runAnalysis(ctx, 'cohortCounts', { id: 'x', asOf: 1, grain: 'year', anchorDay: 0 });
	return runAnalysis(ctx, 'cohortCounts', { id: 'x', asOf: 1, grain: 'month', anchorDay: 0 });
}
