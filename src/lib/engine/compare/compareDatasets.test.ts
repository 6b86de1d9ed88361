// Two hand-made stores compared: segment counts on the pooled recency edge (worked out below),
// customers, revenue, the shared alive rule's counts, and the survival parts equal to running
// the Lifecycle page's own analysis on each store (that analysis and the log-rank test are
// checked against R elsewhere: survivalReference.test.ts).
import { describe, expect, it } from 'vitest';
import { logRank } from '../../analytics/lifecycle';
import { transactionsFromRows, type TransactionRow } from '../../analytics/tableFromRows';
import type { TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { lifecycleSurvival } from '../lifecycle/lifecycleSurvival';
import { compareDatasets } from './compareDatasets';

// Store A: last purchase 2024-01-10, as of 01-11 → recency a1 10, a2 6, a3 2, a4 1 days.
const storeA: TransactionRow[] = [
	{ customerId: 'a1', date: '2024-01-01', amount: 10 },
	{ customerId: 'a2', date: '2024-01-05', amount: 10 },
	{ customerId: 'a3', date: '2024-01-09', amount: 10 },
	{ customerId: 'a4', date: '2024-01-10', amount: 10 }
];
// Store B: last purchase 2024-03-31, as of 04-01 → recency b1 40, b2 30, b3 20, b4 1 days.
const storeB: TransactionRow[] = [
	{ customerId: 'b1', date: '2024-02-21', amount: 5 },
	{ customerId: 'b2', date: '2024-03-02', amount: 5 },
	{ customerId: 'b3', date: '2024-03-12', amount: 5 },
	{ customerId: 'b4', date: '2024-03-31', amount: 5 }
];

function context(tables: Record<string, TransactionTable>): AnalysisContext {
	const missing = () => Promise.reject(new AnalysisProblem('dataset_missing'));
	return {
		dataset: missing,
		transactions: (id) => (Object.hasOwn(tables, id) ? Promise.resolve(tables[id]) : missing()),
		customers: missing,
		survey: missing,
		summary: missing,
		progress: () => {}
	};
}

const ctx = context({ A: transactionsFromRows(storeA), B: transactionsFromRows(storeB) });
// Two scores per dimension; the segments read recency only.
const s = {
	bins: 2,
	rules: [
		{ key: 'recent', r: [2, 2], f: [1, 2], m: [1, 2] },
		{ key: 'lapsed', r: [1, 1], f: [1, 2], m: [1, 2] }
	]
};
// One threshold for everyone: churned after more than 5 days without a purchase.
const churn = { churn: { method: 'days' }, inactiveDays: 5 };

const count = (segments: { key: string; customers: number }[], key: string) =>
	segments.find((x) => x.key === key)?.customers ?? -1;

describe('compareDatasets', () => {
	it('scores both stores on the pooled edge', async () => {
		const r = await compareDatasets(ctx, { a: 'A', b: 'B', s, ...churn });
		// Pooled recency sorted 1 1 2 6 10 20 30 40 (n = 8): h = 3.5 → 6 + 0.5·(10 − 6) = 8.
		expect(r.edges.recency).toEqual([8]);
		expect(r.edgeSource.recency).toBe('pooled');
		// Pooled money 5 5 5 5 10 10 10 10: h = 3.5 → 5 + 0.5·5 = 7.5.
		expect(r.edges.monetary).toEqual([7.5]);
		// A: 6, 2, 1 ≤ 8 recent, 10 lapsed. B: 1 recent; 20, 30, 40 lapsed. (B on its own
		// median edge, 25, would have split 2 / 2.)
		const table = [
			{ side: r.a, recent: 3, lapsed: 1, revenue: 40 },
			{ side: r.b, recent: 1, lapsed: 3, revenue: 20 }
		];
		for (const t of table) {
			expect(t.side.customers).toBe(4);
			expect(t.side.revenue).toBe(t.revenue);
			expect(count(t.side.segments, 'recent')).toBe(t.recent);
			expect(count(t.side.segments, 'lapsed')).toBe(t.lapsed);
		}
		// Each store at its own analysis date, the day after its last purchase.
		expect(r.a.asOf).toBe(r.a.lastDay + 1);
		expect(r.b.asOf).toBe(r.b.lastDay + 1);
		expect(r.a.survival.asOf).toBe(r.a.asOf);
	});

	it('counts churned by the shared rule and equals the Lifecycle analysis per store', async () => {
		const r = await compareDatasets(ctx, { a: 'A', b: 'B', s, ...churn });
		// More than 5 days: a1 (10), a2 (6) churned; b1, b2, b3 churned.
		const cases = [
			{ side: r.a, id: 'A', churned: 2, active: 2 },
			{ side: r.b, id: 'B', churned: 3, active: 1 }
		];
		for (const c of cases) {
			expect(c.side.survival.churned).toBe(c.churned);
			expect(c.side.survival.active).toBe(c.active);
			const own = await lifecycleSurvival(ctx, { id: c.id, ...churn, rule: 'shared' });
			expect(c.side.survival.curve).toEqual(own.overall);
			expect(c.side.survival.median).toEqual(own.overallMedian);
		}
		expect(r.logRank).toEqual(logRank([r.a.survival.curve, r.b.survival.curve]));
	});

	it('keeps the user thresholds and leaves money to each store when currencies differ', async () => {
		const r = await compareDatasets(ctx, {
			a: 'A',
			b: 'B',
			s: { ...s, thresholds: { recency: [15] } },
			sameCurrency: false,
			...churn
		});
		expect(r.edgeSource).toEqual({ recency: 'custom', frequency: 'pooled', monetary: 'own' });
		expect(r.edges.monetary).toBeNull();
		// Recency ≤ 15 is recent: A all four; B only b4.
		expect(count(r.a.segments, 'recent')).toBe(4);
		expect(count(r.b.segments, 'recent')).toBe(1);
	});

	const problems = [
		{ name: 'the same dataset twice', params: { a: 'A', b: 'A' }, code: 'compare2.issue.same' },
		{ name: 'a dataset missing', params: { a: 'A', b: '' }, code: 'compare2.issue.pick' }
	];
	it.each(problems)('refuses $name', async ({ params, code }) => {
		await expect(compareDatasets(ctx, { ...params, s })).rejects.toMatchObject({ code });
	});
});
