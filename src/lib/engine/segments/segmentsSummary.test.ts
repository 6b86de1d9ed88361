// The Segments & value analyses on an imported customer summary. The ten hand-scored customers of
// ledgerFixture, written as a summary (x = F − 1, t_x = F − 1 days, T = recency + F − 1 days,
// mean spend = M / F), must give exactly what their ledger gives with M as the average per
// purchase; what needs dates (migration, a purchase timeline) is refused in words.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { ledgerFixture, tenCustomers } from '../../analytics/rfm/ledgerFixture';
import { segmentPresets } from '../../analytics/rfm/segmentPresets';
import type { SummaryTable, TransactionTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { segmentsClusters } from './segmentsClusters';
import { segmentsCustomer } from './segmentsCustomer';
import { segmentsCustomers } from './segmentsCustomers';
import { segmentsMigration } from './segmentsMigration';
import { segmentsRfm } from './segmentsRfm';
import { segmentsValue } from './segmentsValue';

const AS_OF = '2024-06-30';
const tx = ledgerFixture(tenCustomers, AS_OF);

function summaryOf(unit: 'day' | 'week'): SummaryTable {
	const per = unit === 'day' ? 1 : 7;
	return {
		length: tenCustomers.length,
		ids: tenCustomers.map((c) => c.id),
		frequency: Float64Array.from(tenCustomers, (c) => c.frequency - 1),
		recency: Float64Array.from(tenCustomers, (c) => (c.frequency - 1) / per),
		T: Float64Array.from(tenCustomers, (c) => (c.recency + c.frequency - 1) / per),
		monetary: Float64Array.from(tenCustomers, (c) => (c.monetary ?? 0) / c.frequency),
		unit: 'week'
	};
}

function context(tables: { tx?: TransactionTable; summary?: SummaryTable }): AnalysisContext {
	const none = async (): Promise<never> => {
		throw new Error('unused');
	};
	return {
		transactions: async () => tables.tx ?? none(),
		summary: async () => tables.summary ?? none(),
		customers: none,
		dataset: none,
		survey: none,
		progress: () => {}
	};
}

const base = {
	customersId: null,
	bins: 5,
	monetary: 'average',
	rules: segmentPresets.rfGrid,
	thresholds: null
};
const fromTx = { ...base, id: 'tx', source: 'transactions', asOf: dayFromISO(AS_OF) };
const fromDays = { ...base, id: 'su', source: 'summary', unit: 'day', asOf: null };
const txCtx = context({ tx });

const sources = [
	{ name: 'a summary in days', ctx: context({ summary: summaryOf('day') }), s: fromDays },
	{
		name: 'the same summary in weeks',
		ctx: context({ summary: summaryOf('week') }),
		s: { ...fromDays, unit: 'week' }
	}
];

describe.each(sources)('$name gives the ledger’s RFM with M as average spend', ({ ctx, s }) => {
	it('same edges, scores, segments and grid', async () => {
		const a = await segmentsRfm(txCtx, { s: fromTx });
		const b = await segmentsRfm(ctx, { s });
		expect(b.source).toBe('summary');
		expect([b.customers, b.dropped, b.noSpend, b.monetaryBasis]).toEqual([10, 0, 0, 'average']);
		expect(b.dimensions).toEqual(a.dimensions);
		expect(b.segments).toEqual(a.segments);
		expect(b.grid).toEqual(a.grid);
		// Hand check (segmentsAnalyses.test.ts): two champions, four hibernating; revenue as
		// mean × purchases = the ledger's totals, 1600 for c01 + c02.
		const rows = Object.fromEntries(b.segments.map((x) => [x.key, [x.customers, x.revenue]]));
		expect(rows).toMatchObject({ champions: [2, 1600], hibernating: [4, 140] });
	});
	it('the value pyramid on revenue = mean spend × purchases', async () => {
		const a = await segmentsValue(txCtx, { s: fromTx, value: { basis: 'revenue' } });
		const b = await segmentsValue(ctx, { s, value: { basis: 'revenue' } });
		// 1000 + 600 + … + 20 = 2740 (ledgerFixture.ts).
		expect(b.total).toBeCloseTo(2740, 9);
		expect(b.tiers).toEqual(a.tiers);
		expect(b.gini).toBeCloseTo(a.gini!, 12);
	});
	it('k-means and the drill-down lists work on R, F, M', async () => {
		const c = await segmentsClusters(ctx, { s, k: 3 });
		expect(c.customers).toBe(10);
		const page = await segmentsCustomers(ctx, {
			s,
			filter: { kind: 'segment', segment: 'champions' },
			value: { basis: 'revenue' }
		});
		expect(page.rows.map((r) => [r.customerId, r.recency, r.frequency, r.monetary])).toEqual([
			['c01', 1, 10, 100],
			['c02', 2, 6, 100]
		]);
	});
	it('migration needs dates: a problem in words, and its drill-down lists nobody', async () => {
		await expect(segmentsMigration(ctx, { s })).rejects.toEqual(
			new AnalysisProblem('segmentsView.summary.needsTransactions')
		);
		const page = await segmentsCustomers(ctx, {
			s,
			filter: { kind: 'migration', asOfA: -90, from: 'new', to: 'champions' }
		});
		expect(page.total).toBe(0);
	});
	it('a profile has its numbers and no purchase timeline', async () => {
		const p = await segmentsCustomer(ctx, { s, customerId: 'c03', value: { basis: 'revenue' } });
		// c03: recency 5, F 4, mean 100, tenure 5 + 3 = 8 days.
		expect([p.row.recency, p.row.frequency, p.average, p.tenure]).toEqual([5, 4, 100, 8]);
		expect([p.days, p.later]).toEqual([[], 0]);
	});
});

describe('summary rows the engine cannot use', () => {
	it('are counted, and customers without a mean spend too', async () => {
		const su = summaryOf('day');
		const bad: SummaryTable = {
			...su,
			length: 12,
			ids: [...su.ids, 'bad1', 'bad2'],
			frequency: Float64Array.from([...su.frequency, -1, 2]),
			recency: Float64Array.from([...su.recency, 0, 9]),
			T: Float64Array.from([...su.T, 5, 3]),
			monetary: Float64Array.from([...Array.from(su.monetary).slice(0, 9), 0, 1, 1])
		};
		const r = await segmentsRfm(context({ summary: bad }), { s: fromDays });
		// bad1 has x < 0, bad2 t_x > T; c10's mean spend is 0.
		expect([r.customers, r.dropped, r.noSpend]).toEqual([10, 2, 1]);
	});
});
