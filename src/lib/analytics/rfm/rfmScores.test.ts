import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customerTable } from '../customers/customerTable';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { ledgerFixture, tenCustomers } from './ledgerFixture';
import { rfmScores } from './rfmScores';

const asOf = dayFromISO('2024-12-31');
const table = customerTable(ledgerFixture(tenCustomers, '2024-12-31'), { asOf });

// Type 7 edges by hand (n = 10, h = 1.8, 3.6, 5.4, 7.2):
// recency  [1,2,5,10,20,30,60,90,120,200] → 2+.8·3, 10+.6·10, 30+.4·30, 90+.2·30 = 4.4, 16, 42, 96
// frequency [1,1,1,1,1,2,3,4,6,10]        → 1, 1, 2+.4·1, 4+.2·2 = 1, 1, 2.4, 4.4 (score 2 impossible)
// monetary [20,30,40,50,100,…,1000]      → 30+.8·10, 50+.6·50, 200+.4·100, 400+.2·200 = 38, 80, 240, 440
const cases = [
	{ id: 'c01', r: 5, f: 5, m: 5, score: 555 },
	{ id: 'c02', r: 5, f: 5, m: 5, score: 555 },
	{ id: 'c03', r: 4, f: 4, m: 4, score: 444 },
	{ id: 'c04', r: 4, f: 4, m: 4, score: 444 },
	{ id: 'c05', r: 3, f: 3, m: 3, score: 333 },
	{ id: 'c06', r: 3, f: 1, m: 3, score: 313 },
	{ id: 'c07', r: 2, f: 1, m: 2, score: 212 },
	{ id: 'c08', r: 2, f: 1, m: 2, score: 212 },
	{ id: 'c09', r: 1, f: 1, m: 1, score: 111 },
	{ id: 'c10', r: 1, f: 1, m: 1, score: 111 }
];

describe('rfmScores, quintiles', () => {
	const s = rfmScores(table);
	it.each(cases)('$id scores $score', ({ id, r, f, m, score }) => {
		const i = table.ids.indexOf(id);
		expect([s.r[i], s.f[i], s.m?.[i], s.score[i]]).toEqual([r, f, m, score]);
	});
	it('returns the bin edges per dimension', () => {
		s.recency.edges.forEach((e, k) => expect(e).toBeCloseTo([4.4, 16, 42, 96][k], 12));
		s.frequency.edges.forEach((e, k) => expect(e).toBeCloseTo([1, 1, 2.4, 4.4][k], 12));
		s.monetary?.edges.forEach((e, k) => expect(e).toBeCloseTo([38, 80, 240, 440][k], 12));
	});
	it('says frequency has fewer distinct scores because of ties', () => {
		expect(s.frequency.impossibleScores).toEqual([2]);
		expect(s.issues).toContainEqual({
			code: 'ties_fewer_bins',
			params: { dimension: 'frequency', distinct: 4, bins: 5, scores: '2' }
		});
	});
});

describe('rfmScores options', () => {
	it('drives M by the average purchase', () => {
		// Averages: six customers at 100, then 50, 40, 30, 20. Sorted [20,30,40,50,100×6]:
		// edges 38, 80, 100, 100 → 100 scores 3, (100,100] is impossible (score 4), 5 stays empty.
		const s = rfmScores(table, { monetary: 'average' });
		expect(s.monetary?.edges).toEqual([38, 80, 100, 100]);
		expect(Array.from(s.m ?? [])).toEqual([3, 3, 3, 3, 3, 3, 2, 2, 1, 1]);
		expect(s.monetary?.impossibleScores).toEqual([4]);
		expect(s.monetary?.emptyScores).toEqual([4, 5]);
	});

	it('uses custom thresholds instead of quantiles', () => {
		// Recency ≤ 7 days → 3, ≤ 60 → 2, else 1; frequency ≤ 1 → 1, ≤ 3 → 2, else 3.
		const s = rfmScores(table, { bins: 3, thresholds: { recency: [7, 60], frequency: [1, 3] } });
		expect(Array.from(s.r)).toEqual([3, 3, 3, 2, 2, 2, 2, 1, 1, 1]);
		expect(Array.from(s.f)).toEqual([3, 3, 3, 2, 2, 1, 1, 1, 1, 1]);
		expect(s.recency.source).toBe('custom');
		expect(s.monetary?.source).toBe('quantile');
	});

	it('works without amounts: M is null and the score has no M digit', () => {
		const noAmount = customerTable(
			ledgerFixture(
				tenCustomers.map(({ id, recency, frequency }) => ({ id, recency, frequency })),
				'2024-12-31'
			),
			{ asOf }
		);
		const s = rfmScores(noAmount);
		expect(s.m).toBeNull();
		expect(s.score[noAmount.ids.indexOf('c01')]).toBe(550);
		expect(s.issues.map((i) => i.code)).toContain('monetary_unavailable');
	});
});

// Real data: the fast paths (histogram ranks for integers, quickselect for money) must agree
// with the textbook recipe — sort, type 7 interpolation, count edges below — on CDNOW.
describe('rfmScores on the CDNOW sample', () => {
	const text = readFileSync('tests/fixtures/cdnow/CDNOW_sample.txt', 'utf8');
	const rows = text
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => {
			const [id, , ymd, , dollars] = l.trim().split(/\s+/);
			return {
				customerId: id,
				date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
				amount: Number(dollars)
			};
		});
	const cd = customerTable(transactionsFromRows(rows), { asOf: dayFromISO('1998-07-01') });
	const s = rfmScores(cd);
	const dims = [
		{ name: 'recency', values: Array.from(cd.recency), scored: s.recency, reversed: true },
		{ name: 'frequency', values: Array.from(cd.frequency), scored: s.frequency, reversed: false },
		{ name: 'monetary', values: Array.from(cd.monetary ?? []), scored: s.monetary, reversed: false }
	];
	it.each(dims)('$name edges and scores match sort-and-count', ({ values, scored, reversed }) => {
		const sorted = values.slice().sort((a, b) => a - b);
		const n = sorted.length;
		const edges = [1, 2, 3, 4].map((k) => {
			const h = ((n - 1) * k) / 5;
			const lo = Math.floor(h);
			return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, n - 1)] - sorted[lo]);
		});
		expect(scored?.edges).toEqual(edges);
		const expected = values.map((v) => {
			const below = edges.filter((e) => e < v).length;
			return reversed ? 5 - below : below + 1;
		});
		expect(Array.from(scored?.scores ?? [])).toEqual(expected);
	});
	it('frequency has heavy ties at one purchase day', () => {
		// 1,218 of 2,357 customers bought on a single day (counted with awk over distinct
		// id-date pairs): the 20 % and 40 % edges both sit at 1, so F score 2 cannot occur.
		expect(Array.from(cd.frequency).filter((f) => f === 1).length).toBe(1218);
		expect(s.frequency.edges.slice(0, 2)).toEqual([1, 1]);
		expect(s.frequency.impossibleScores).toEqual([2]);
		expect(s.frequency.ranges[0].count).toBe(1218);
	});
});
