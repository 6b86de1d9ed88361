// The lifecycle analyses the engine worker runs for the view, on a hand-made workspace: six
// buyers (the same as the CLI test: A pattern I, B active in stability, C II, D III, E IV, F I)
// and a customers dataset with signup dates, a churn flag, a region and one customer G who
// signed up but never bought.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { transactionsFromRows, type TransactionRow } from '../../analytics/tableFromRows';
import type { CustomerTable, TransactionTable } from '../../analytics/types';
import type { ColumnarDataset } from '../../data/tables/toTables';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { lifecycleCohorts } from './lifecycleCohorts';
import { lifecycleOverview } from './lifecycleOverview';
import { lifecycleSbg } from './lifecycleSbg';
import { lifecycleStages } from './lifecycleStages';
import { lifecycleSurvival } from './lifecycleSurvival';
import { lifecycleTimeline } from './lifecycleTimeline';
import { lifecycleTransitions } from './lifecycleTransitions';

const pad = (n: number) => String(n).padStart(2, '0');
const monthly = (id: string, amounts: number[]): TransactionRow[] =>
	amounts.map((amount, m) => ({ customerId: id, date: `2024-${pad(m + 1)}-05`, amount }));
const rows: TransactionRow[] = [
	{ customerId: 'A', date: '2024-01-10', amount: 10 },
	...monthly('B', Array(12).fill(100)),
	...monthly('C', [10, 10, 10, 40, 40, 40]),
	...monthly('D', Array(8).fill(100)),
	...monthly('E', Array(10).fill(100)),
	{ customerId: 'F', date: '2024-02-20', amount: 50 },
	{ customerId: 'F', date: '2024-03-20', amount: 50 }
];

function customersTable(): { table: CustomerTable; fields: ColumnarDataset['fields'] } {
	const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
	const signup = [
		'2024-01-01',
		'2024-01-01',
		'2024-01-02',
		'2024-01-03',
		'2024-01-04',
		'2024-02-15',
		'2024-01-20'
	];
	return {
		table: {
			length: ids.length,
			ids,
			columns: {
				signupDate: { kind: 'date', values: Int32Array.from(signup, dayFromISO) },
				// yes for A C D E; no for B F; G has no flag.
				churnFlag: {
					kind: 'category',
					codes: Int32Array.from([0, 1, 0, 0, 0, 1, -1]),
					labels: ['yes', 'no']
				},
				region: {
					kind: 'category',
					codes: Int32Array.from([0, 0, 1, 1, 0, 1, 0]),
					labels: ['East', 'North']
				}
			}
		},
		fields: [
			{ key: 'customerId', header: 'customer_id', role: 'customerId', type: 'dict' },
			{ key: 'signupDate', header: 'signup', role: 'signupDate', type: 'day' },
			{ key: 'churnFlag', header: 'churned', role: 'churnFlag', type: 'dict' },
			{ key: 'region', header: 'region', role: 'attribute', type: 'dict' }
		]
	};
}

function context(tx: TransactionTable): AnalysisContext {
	const cu = customersTable();
	const missing = () => Promise.reject(new AnalysisProblem('dataset_missing'));
	return {
		dataset: (id) =>
			id === 'cu'
				? Promise.resolve({ rows: cu.table.length, fields: cu.fields, columns: {} })
				: missing(),
		transactions: (id) => (id === 'tx' ? Promise.resolve(tx) : missing()),
		customers: (id) => (id === 'cu' ? Promise.resolve(cu.table) : missing()),
		survey: missing,
		summary: missing,
		progress: () => {}
	};
}

const tx = transactionsFromRows(rows);
const ctx = context(tx);
const asOf = dayFromISO('2025-01-01');
const base = { id: 'tx', customersId: 'cu', asOf, inactiveDays: 60 };

async function problemOf(run: () => Promise<unknown> | unknown): Promise<AnalysisProblem> {
	try {
		await run();
	} catch (e) {
		if (e instanceof AnalysisProblem) return e;
		throw e;
	}
	throw new Error('expected a problem');
}

describe('lifecycleCohorts', () => {
	const cases = [
		// By signup, G (signed up in January, never bought) counts in January's size: 6 members,
		// 4 of them (B C D E) buying in February.
		{ acquisition: 'signup', customersId: 'cu', used: 'signup', size: 6, k1: 4 / 6 },
		{ acquisition: 'firstPurchase', customersId: 'cu', used: 'firstPurchase', size: 5, k1: 4 / 5 },
		// Without a customers dataset the signup choice falls back to the first purchase.
		{ acquisition: 'signup', customersId: null, used: 'firstPurchase', size: 5, k1: 4 / 5 }
	];
	it.each(cases)('$acquisition with customers $customersId', async (c) => {
		const r = await lifecycleCohorts(ctx, {
			...base,
			customersId: c.customersId,
			grain: 'month',
			acquisition: c.acquisition
		});
		expect(r.acquisition).toBe(c.used);
		expect(r.signupAvailable).toBe(c.customersId !== null);
		expect(r.table.cohorts[0].label).toBe('2024-01-01');
		expect(r.table.cohorts[0].size).toBe(c.size);
		expect(r.table.cohorts[0].retention[1]).toBeCloseTo(c.k1, 12);
	});

	it('says "too few periods" for a single month instead of drawing one cell', async () => {
		const short = transactionsFromRows([
			{ customerId: 'A', date: '2024-05-02', amount: 1 },
			{ customerId: 'A', date: '2024-05-20', amount: 1 }
		]);
		const p = await problemOf(() =>
			lifecycleCohorts(context(short), { id: 'tx', customersId: null, grain: 'month' })
		);
		expect(p.code).toBe('lifecycle.issue.too_few_periods');
		expect(p.values).toEqual({ periods: 1, grain: 'month' });
		const s = await problemOf(() =>
			lifecycleStages(context(short), { id: 'tx', customersId: null, inactiveDays: 30 })
		);
		expect(s.code).toBe('lifecycle.issue.too_few_periods');
	});
});

describe('lifecycleSurvival', () => {
	it('by inactivity: 60 days leaves only B active; the data would suggest 31 days', async () => {
		const r = await lifecycleSurvival(ctx, { ...base, rule: 'inactivity', groupBy: 'none' });
		expect(r.rule).toBe('inactivity');
		expect([r.churned, r.active]).toEqual([5, 1]);
		expect(r.threshold!.used).toMatchObject({ days: 60, method: 'given' });
		// 33 monthly gaps of 29–31 days; their 90th percentile is 31 (see the CLI test).
		expect(r.threshold!.derived).toMatchObject({ days: 31, method: 'percentile_of_gaps' });
		expect(r.flagAvailable).toBe(true);
		expect(r.attributes).toEqual([{ key: 'region', header: 'region', labels: 2 }]);
	});

	it('by the churn flag: A C D E churned, B and F active', async () => {
		const r = await lifecycleSurvival(ctx, { ...base, rule: 'flag', groupBy: 'none' });
		expect(r.rule).toBe('flag');
		expect(r.threshold).toBeNull();
		expect([r.churned, r.active]).toEqual([4, 2]);
		// Times: A 0, C 152, D 213, E 274 days (last − first purchase, churned); B 361 and F 316
		// censored at asOf. Kaplan–Meier: 5/6 after 0, × 4/5 after 152, × 3/4 = 0.5 after 213.
		expect(r.overall.median).toBe(213);
		// R's survfit takes the middle of a stretch at exactly 0.5: (213 + 274) / 2.
		expect(r.overallMedian.median).toBe(243.5);
		expect(r.logRank).toBeNull();
	});

	it('by region: East = A B E, North = C D F', async () => {
		const r = await lifecycleSurvival(ctx, { ...base, rule: 'flag', groupBy: 'attr:region' });
		expect(r.groups.map((g) => [g.label, g.curve.n, g.curve.events])).toEqual([
			['East', 3, 2],
			['North', 3, 2]
		]);
		// Log-rank by hand. Event times 0 (East), 152, 213 (North), 274 (East); at risk East/North
		// 3/3, 2/3, 2/2, 2/1. Expected East 1/2 + 2/5 + 1/2 + 2/3 = 31/15 against 2 observed;
		// variance 1/4 + 6/25 + 1/4 + 2/9 = 0.96222…; χ² = (1/15)² / 0.96222… = 0.0046189.
		expect(r.logRank!.df).toBe(1);
		expect(r.logRank!.expected[0]).toBeCloseTo(31 / 15, 12);
		expect(r.logRank!.chisq).toBeCloseTo(1 / 225 / (0.74 + 2 / 9), 12);
		expect(r.groupMedians.length).toBe(2);
	});
});

describe('lifecycleStages, transitions and timeline', () => {
	// Without the customers dataset: its churn flag would override the 60-day rule (tested below).
	const params = { ...base, customersId: null, rules: {} };

	it('lets the customers dataset’s churn flag override the rule: F (flag "no") stays active', async () => {
		const r = await lifecycleStages(ctx, { ...base, rules: {} });
		expect(r.patternTotals).toEqual({ I: 1, II: 1, III: 1, IV: 1, active: 2 });
		expect(r.churnRule).toMatchObject({ method: 'days', params: { days: 60 }, flagged: 6 });
		expect([r.churnRule.alive, r.churnRule.churned]).toEqual([2, 4]);
	});

	it('counts the patterns worked out by hand and lists example customers', async () => {
		const r = await lifecycleStages(ctx, params);
		expect(r.patternTotals).toEqual({ I: 2, II: 1, III: 1, IV: 1, active: 1 });
		expect(r.stageTotals).toMatchObject({ stability: 1, churned: 5 });
		expect(r.periods[0]).toBe('2024-01-01');
		expect(r.periods.length).toBe(12);
		expect(r.examples.I.map((c) => c.customerId).sort()).toEqual(['A', 'F']);
		expect(r.examples.IV).toEqual([{ customerId: 'E', revenue: 1000 }]);
		// Same settings again: the cached result, not a new computation.
		expect(await lifecycleStages(ctx, params)).toBe(r);
	});

	it('rejects a bad rule with the field named', async () => {
		const p = await problemOf(() => lifecycleStages(ctx, { ...base, rules: { drop: 1.5 } }));
		expect(p.code).toBe('lifecycle.issue.bad_rules');
		expect(p.values).toEqual({ field: 'drop' });
	});

	it('moves customers between June and December as worked out', async () => {
		const r = await lifecycleTransitions(ctx, { ...params, from: '2024-06-01', to: '2024-12-01' });
		const cell = (row: string, col: string) =>
			r.matrix[r.rows.indexOf(row as never)][r.columns.indexOf(col as never)];
		// June: A F churned, C formation, B D E stability. December: B stability, the rest churned.
		expect(cell('churned', 'churned')).toBe(2);
		expect(cell('formation', 'churned')).toBe(1);
		expect(cell('stability', 'churned')).toBe(2);
		expect(cell('stability', 'stability')).toBe(1);
		expect(r.matrix.flat().reduce((a, b) => a + b, 0)).toBe(6);
	});

	it('draws E’s timeline and names an unknown customer', async () => {
		const r = await lifecycleTimeline(ctx, { ...params, customerId: 'E' });
		expect(r.pattern).toBe('IV');
		expect(r.points.map((p) => p.stage)).toEqual([
			...Array(3).fill('exploration'),
			...Array(7).fill('stability'),
			'decline',
			'churned'
		]);
		const p = await problemOf(() => lifecycleTimeline(ctx, { ...params, customerId: 'Z' }));
		expect(p.code).toBe('lifecycle.issue.unknown_customer');
	});
});

describe('lifecycleSbg', () => {
	const regular = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
	it('reproduces Fader & Hardie (2007): Regular on years 0–7, α 0.704, β 1.182', () => {
		const r = lifecycleSbg(null, { survivors: regular, fitPeriods: 7 });
		expect(r.fit.alpha).toBeCloseTo(0.704, 3);
		expect(r.fit.beta).toBeCloseTo(1.182, 3);
		expect(r.projection.survivors.length).toBe(13);
		expect(r.projection.survivors[0]).toBe(1000);
	});
	it('keeps N inside the periods typed', () => {
		expect(lifecycleSbg(null, { survivors: regular, fitPeriods: 99 }).fitPeriods).toBe(12);
		expect(lifecycleSbg(null, { survivors: regular, fitPeriods: 0 }).fitPeriods).toBe(2);
	});
	it('needs three numbers and survivors that never increase', async () => {
		expect((await problemOf(() => lifecycleSbg(null, { survivors: [10, 5] }))).code).toBe(
			'lifecycle.issue.too_few_periods'
		);
		const p = await problemOf(() => lifecycleSbg(null, { survivors: [10, 5, 7], fitPeriods: 2 }));
		expect(p.code).toBe('lifecycle.issue.bad_survivors');
		expect(p.values).toEqual({ period: 2 });
	});
});

describe('lifecycleOverview', () => {
	it('reports the span, the default date and the threshold in use', async () => {
		const r = await lifecycleOverview(ctx, { id: 'tx', customersId: 'cu' });
		expect(r.defaultAsOf).toBe(dayFromISO('2024-12-06'));
		expect(r.asOf).toBe(r.defaultAsOf);
		expect([r.firstDay, r.lastDay]).toEqual([dayFromISO('2024-01-05'), dayFromISO('2024-12-05')]);
		expect(r.customers).toBe(6);
		expect(r.threshold!.used.days).toBe(31);
		expect([r.signupAvailable, r.flagAvailable]).toEqual([true, true]);
	});
	it('asks for a threshold when nobody bought twice', async () => {
		const once = transactionsFromRows([
			{ customerId: 'A', date: '2024-01-02', amount: 1 },
			{ customerId: 'B', date: '2024-03-02', amount: 1 }
		]);
		const r = await lifecycleOverview(context(once), { id: 'tx', customersId: null });
		expect(r.threshold).toBeNull();
		// No model can be fitted: the churn rule falls back to the gap rule, whose floor (90 days)
		// is all a one-purchase customer has. As of 2024-03-03 A (61 days) and B are both alive.
		const r2 = await lifecycleOverview(context(once), { id: 'tx', customersId: null });
		expect(r2.churnRule).toMatchObject({
			method: 'gap',
			fallback: 'everyone_bought_once',
			alive: 2,
			churned: 0
		});
	});
});
