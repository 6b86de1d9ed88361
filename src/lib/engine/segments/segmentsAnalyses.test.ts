// The Segments & value analyses end to end on a ledger whose scores are worked out by hand
// (ledgerFixture's ten customers), with the lifetime-value analysis stubbed so the value basis
// is known.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { ledgerFixture, tenCustomers } from '../../analytics/rfm/ledgerFixture';
import { segmentPresets } from '../../analytics/rfm/segmentPresets';
import type { CustomerTable, TransactionTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { segmentsAttributes } from './segmentsAttributes';
import { defaultK, segmentsClusters } from './segmentsClusters';
import { segmentsCustomer } from './segmentsCustomer';
import { segmentsCustomers } from './segmentsCustomers';
import { segmentsMigration } from './segmentsMigration';
import type { CustomerFilter } from './segmentsResult';
import { segmentsRfm } from './segmentsRfm';
import { segmentsValue } from './segmentsValue';

const clv = vi.hoisted(() => ({ result: null as null | { ids: string[]; clv: number[] } }));
vi.mock('../clv/clvValues', () => ({
	clvValues: async () => {
		if (!clv.result) throw new Error('no fit');
		return { ...clv.result, basis: 'clv', model: 'bgnbd', asOf: 0, horizonMonths: 12 };
	}
}));

const AS_OF = '2024-06-30';
const asOf = dayFromISO(AS_OF);

// Ten customers: recency 1 2 5 10 20 30 60 90 120 200, frequency 10 6 4 3 2 1 1 1 1 1,
// monetary 1000 600 400 300 200 100 50 40 30 20 (ledgerFixture.ts).
function context(tx: TransactionTable, customers?: CustomerTable): AnalysisContext {
	return {
		transactions: async () => tx,
		customers: async () => {
			if (!customers) throw new Error('none');
			return customers;
		},
		dataset: async () => ({
			rows: customers?.length ?? 0,
			fields: [
				{ key: 'region', header: 'Region', role: 'attribute', type: 'dict' },
				{ key: 'age', header: 'Age', role: 'attribute', type: 'number' }
			],
			columns: {}
		}),
		survey: async () => {
			throw new Error('unused');
		},
		summary: async () => {
			throw new Error('unused');
		},
		progress: () => {}
	};
}

const tx = ledgerFixture(tenCustomers, AS_OF);
const customers: CustomerTable = {
	length: 4,
	ids: ['c01', 'c02', 'c07', 'c10'],
	columns: {
		region: { kind: 'category', codes: Int32Array.from([0, 0, 1, 1]), labels: ['East', 'West'] },
		age: { kind: 'number', values: Float64Array.from([30, 41, NaN, 65]) }
	}
};
const ctx = context(tx, customers);
const s = {
	id: 'tx',
	customersId: 'cu',
	asOf,
	bins: 5,
	monetary: 'total',
	rules: segmentPresets.rfGrid,
	thresholds: null
};

async function ids(filter: CustomerFilter, extra: Record<string, unknown> = {}) {
	const page = await segmentsCustomers(ctx, { s, filter, value: { basis: 'revenue' }, ...extra });
	return page.rows.map((r) => r.customerId);
}

beforeEach(() => {
	clv.result = null;
});

describe('segmentsRfm on ten hand-scored customers', () => {
	// Type-7 quintile edges: recency 4.4 / 16 / 42 / 96, frequency 1 / 1 / 2.4 / 4.4, monetary
	// 38 / 80 / 240 / 440. R (reversed): 5 5 4 4 3 3 2 2 1 1; F: 5 5 4 4 3 1 1 1 1 1.
	// R × F grid: c01–02 R5F5 champions, c03–04 R4F4 loyal, c05 R3F3 need attention,
	// c06 R3F1 about to sleep, c07–10 R≤2 F1 hibernating.
	it('gives the edges, the tie warning and the segment table', async () => {
		const r = await segmentsRfm(ctx, { s });
		const edges = [
			[4.4, 16, 42, 96],
			[1, 1, 2.4, 4.4],
			[38, 80, 240, 440]
		];
		r.dimensions.forEach((d, k) =>
			d.edges.forEach((e, i) => expect(e).toBeCloseTo(edges[k][i], 9))
		);
		expect(r.dimensions[1].impossibleScores).toEqual([2]);
		expect(r.issues).toContainEqual(expect.objectContaining({ code: 'ties_fewer_bins' }));
		const rows = Object.fromEntries(r.segments.map((x) => [x.key, [x.customers, x.revenue]]));
		expect(rows).toMatchObject({
			champions: [2, 1600],
			loyal: [2, 700],
			needAttention: [1, 200],
			aboutToSleep: [1, 100],
			hibernating: [4, 140],
			others: [0, 0]
		});
		expect(r.frequencyRule).toBe('days');
		expect(r.asOf).toBe(asOf);
		expect(r.coverage.unmatchedCells).toBe(0);
		const cell55 = r.grid.find((c) => c.r === 5 && c.f === 5)!;
		expect([cell55.customers, cell55.meanMonetary, cell55.segment]).toEqual([2, 800, 'champions']);
	});

	const lists: { filter: CustomerFilter; expected: string[] }[] = [
		{ filter: { kind: 'segment', segment: 'hibernating' }, expected: ['c07', 'c08', 'c09', 'c10'] },
		{ filter: { kind: 'cell', r: 4, f: 4 }, expected: ['c03', 'c04'] },
		{ filter: { kind: 'score', dimension: 'monetary', score: 3 }, expected: ['c05', 'c06'] },
		{ filter: { kind: 'attribute', attribute: 'region', group: 'West' }, expected: ['c07', 'c10'] },
		{
			filter: { kind: 'attribute', attribute: 'region', group: '__missing__', segment: 'loyal' },
			expected: ['c03', 'c04']
		}
	];
	it.each(lists)('lists the customers of $filter', async ({ filter, expected }) => {
		expect(await ids(filter)).toEqual(expected);
	});

	it('sorts and pages a list', async () => {
		const page = await segmentsCustomers(ctx, {
			s,
			filter: { kind: 'all' },
			sort: 'monetary',
			desc: true,
			offset: 2,
			limit: 3
		});
		expect(page.total).toBe(10);
		expect(page.rows.map((r) => [r.customerId, r.monetary, r.score])).toEqual([
			['c03', 400, 444],
			['c04', 300, 444],
			['c05', 200, 333]
		]);
	});
});

describe('segmentsValue', () => {
	// Standard cuts 5/15/30/50 of 10 customers end at round(0.5) = 1, 2, 5, 10: platinum c01
	// (1000), gold c02 (600), iron c03–05 (900), lead c06–10 (240) of 2,740.
	it('falls back to net revenue when no lifetime value can be had', async () => {
		const v = await segmentsValue(ctx, { s, value: { cuts: [5, 15, 30, 50], basis: 'auto' } });
		expect(v.basis).toBe('revenue');
		expect(v.available).toEqual(['revenue']);
		expect(v.tiers.map((t) => [t.customers, t.value])).toEqual([
			[1, 1000],
			[1, 600],
			[3, 900],
			[5, 240]
		]);
		expect(v.tiers[0].valueShare).toBeCloseTo(1000 / 2740, 12);
		// Top 20 % = the two biggest: 1,600 of 2,740.
		expect(v.top20).toBeCloseTo(1600 / 2740, 12);
		// ABC (80 % = 2,192, 95 % = 2,603): A while the value before is below 2,192 — 1000, 600,
		// 400, 300 (before: 0…2,000); B below 2,603 — 200, 100, 50 (before 2,300…2,600); C the rest.
		expect(v.abc?.map((a) => a.customers)).toEqual([4, 3, 3]);
		expect(await ids({ kind: 'tier', tier: 2 })).toEqual(['c03', 'c04', 'c05']);
	});

	it('ranks by lifetime value when the lifetime-value analysis gives one, and says who lacks it', async () => {
		// Reverse the order: c10 most valuable; c01 has no prediction (ranked with 0).
		clv.result = {
			ids: tenCustomers.slice(1).map((c) => c.id),
			clv: [9, 8, 7, 6, 5, 4, 3, 2, 100]
		};
		const v = await segmentsValue(ctx, { s, value: { cuts: [10, 10, 30, 50], basis: 'auto' } });
		expect(v.basis).toBe('clv');
		expect(v.available).toEqual(['clv', 'revenue']);
		expect(v.clv?.missing).toBe(1);
		expect(v.tiers[0].value).toBe(100);
		expect(await ids({ kind: 'tier', tier: 0 }, { value: { cuts: [10, 10, 30, 50] } })).toEqual([
			'c10'
		]);
		// The user can still ask for revenue.
		const r = await segmentsValue(ctx, { s, value: { cuts: [10, 10, 30, 50], basis: 'revenue' } });
		expect(r.basis).toBe('revenue');
	});

	it('ranks by margin when the data has cost and there is no lifetime value', async () => {
		const withCost = ledgerFixture(tenCustomers, AS_OF);
		withCost.cost = Float64Array.from(withCost.amount!, (a) => a * 0.5);
		const v = await segmentsValue(context(withCost), {
			s: { ...s, customersId: null },
			value: { cuts: [5, 15, 30, 50] }
		});
		expect(v.basis).toBe('margin');
		expect(v.total).toBeCloseTo(1370, 9);
	});
});

describe('segmentsMigration', () => {
	// A = 90 days earlier. Only c08 (bought on A), c09 and c10 are customers then, with recency
	// 0, 30, 110: edges 12 / 24 / 46 / 78 → R 5, 3, 1; every F = 1. At A: c08 new customer,
	// c09 about to sleep, c10 hibernating; at B all three hibernate; the other seven are new.
	it('counts the moves by hand', async () => {
		const mg = await segmentsMigration(ctx, { s });
		expect(mg.asOfA).toBe(asOf - 90);
		const cell = (from: string, to: string) => mg.counts[mg.from.indexOf(from)][mg.to.indexOf(to)];
		expect(cell('newCustomers', 'hibernating')).toBe(1);
		expect(cell('aboutToSleep', 'hibernating')).toBe(1);
		expect(cell('hibernating', 'hibernating')).toBe(1);
		expect(cell('new', 'champions')).toBe(2);
		expect([mg.stayed, mg.moved, mg.newCustomers]).toEqual([1, 2, 7]);
		expect(
			await ids({ kind: 'migration', asOfA: asOf - 90, from: 'aboutToSleep', to: 'hibernating' })
		).toEqual(['c09']);
	});
});

describe('segmentsAttributes and segmentsClusters', () => {
	it('groups by region with the unmatched customers as missing, and cross-tabs by segment', async () => {
		const a = await segmentsAttributes(ctx, { s, attribute: 'region' });
		expect(a.available.map((o) => o.header)).toEqual(['Region', 'Age']);
		expect(a.matched).toBe(4);
		expect(a.groups.map((g) => [g.key, g.customers, g.revenue])).toEqual([
			['East', 2, 1600],
			['West', 2, 70],
			['__missing__', 6, 1070]
		]);
		const east = a.cross!.counts[0];
		expect(east[a.cross!.columns.indexOf('champions')]).toBe(2);
	});

	it('numbers clusters by mean spend and lists their customers', async () => {
		const c = await segmentsClusters(ctx, { s, k: 3 });
		expect(c.k).toBe(3);
		expect(c.profiles.map((p) => p.size).reduce((x, y) => x + y, 0)).toBe(10);
		const means = c.profiles.map((p) => p.meanMonetary ?? 0);
		expect([...means].sort((x, y) => y - x)).toEqual(means);
		expect(c.elbow.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
		const top = await ids({ kind: 'cluster', k: 3, cluster: 0 });
		expect(top.length).toBe(c.profiles[0].size);
		expect(top).toContain('c01');
	});
});

describe('segmentsCustomer', () => {
	it('profiles a customer: two purchase days of 100 each, scores, segment and tier', async () => {
		const p = await segmentsCustomer(ctx, { s, customerId: 'c05', value: { basis: 'revenue' } });
		expect(p.days.map((d) => [d.day - asOf, d.bought])).toEqual([
			[-21, 100],
			[-20, 100]
		]);
		expect([p.row.r, p.row.f, p.row.m, p.row.segment, p.row.tier]).toEqual([
			3,
			3,
			3,
			'needAttention',
			2
		]);
		expect(p.tenure).toBe(21);
	});

	it('refuses an unknown customer with a typed problem', async () => {
		await expect(segmentsCustomer(ctx, { s, customerId: 'nobody' })).rejects.toMatchObject({
			code: 'segmentsView.problem.customerNotFound'
		});
	});
});

describe('without amounts', () => {
	const bare = ledgerFixture(
		tenCustomers.map(({ id, recency, frequency }) => ({ id, recency, frequency })),
		AS_OF
	);
	const plain = context(bare);
	it('scores R and F, marks M unavailable and refuses the pyramid with a typed problem', async () => {
		const r = await segmentsRfm(plain, { s: { ...s, customersId: null } });
		expect(r.hasMonetary).toBe(false);
		expect(r.dimensions.map((d) => d.dimension)).toEqual(['recency', 'frequency']);
		expect(r.issues.filter((i) => i.code === 'monetary_unavailable')).toHaveLength(1);
		expect(r.segments.find((x) => x.key === 'hibernating')?.customers).toBe(4);
		expect(r.segments[0].revenue).toBeNull();
		await expect(segmentsValue(plain, { s })).rejects.toMatchObject({
			code: 'segments.issue.monetary_unavailable'
		});
	});
});

describe('defaultK', () => {
	// The best silhouette from k = 3 up, even when k = 2 scores higher; 2 only when nothing else.
	const cases = [
		{ points: [0.5, 0.4, 0.45, 0.3], expected: 4 },
		{ points: [0.2, 0.4, 0.4], expected: 3 },
		{ points: [0.6], expected: 2 },
		{ points: [], expected: 2 }
	];
	it.each(cases)('silhouettes $points from k = 2 → $expected', ({ points, expected }) => {
		expect(defaultK(points.map((silhouette, i) => ({ k: i + 2, silhouette })))).toBe(expected);
	});
});
