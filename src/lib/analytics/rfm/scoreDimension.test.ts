import { describe, expect, it } from 'vitest';
import { SegmentsError } from '../customers/segmentsIssue';
import { mulberry32 } from '../mulberry32';
import { quantileEdges } from './quantileEdges';
import { scoreDimension, type RfmDimension } from './scoreDimension';

interface Case {
	name: string;
	dimension: RfmDimension;
	bins: number;
	values: number[];
	thresholds?: number[];
	edges: number[];
	scores: number[];
	impossible: number[];
	empty: number[];
}

// Edges by hand with type 7: h = (n-1)k/bins, edge = x[floor h] + frac(h)(x[floor h + 1] - x[floor h]).
const cases: Case[] = [
	{
		// n = 10, h = 1.8, 3.6, 5.4, 7.2 → 1, 1, 1 + 0.4·1, 2 + 0.2·1. Six customers at 1 share score 1;
		// (1, 1] is empty by construction → score 2 impossible; (1, 1.4] holds nobody → 3 empty.
		name: 'frequency with heavy ties at 1',
		dimension: 'frequency',
		bins: 5,
		values: [1, 1, 1, 1, 1, 1, 2, 2, 3, 7],
		edges: [1, 1, 1.4, 2.2],
		scores: [1, 1, 1, 1, 1, 1, 4, 4, 5, 5],
		impossible: [2],
		empty: [2, 3]
	},
	{
		// n = 5, h = 0.8, 1.6, 2.4, 3.2 → 8, 16, 24, 32; reversed so 0 days scores 5.
		name: 'recency reversed',
		dimension: 'recency',
		bins: 5,
		values: [40, 0, 20, 10, 30],
		edges: [8, 16, 24, 32],
		scores: [1, 5, 3, 4, 2],
		impossible: [],
		empty: []
	},
	{
		// Edges 5, 5, 5, 5 + 0.2·95 = 24. Recency 5 → nothing below → score 5; 100 → 4 below → 1.
		// Score 4 ↔ (e1, e2] = (5, 5] and score 3 ↔ (5, 5]: impossible; score 2 ↔ (5, 24]: empty.
		name: 'recency ties',
		dimension: 'recency',
		bins: 5,
		values: [5, 5, 5, 5, 100],
		edges: [5, 5, 5, 24],
		scores: [5, 5, 5, 5, 1],
		impossible: [3, 4],
		empty: [2, 3, 4]
	},
	{
		name: 'one customer',
		dimension: 'frequency',
		bins: 5,
		values: [1],
		edges: [1, 1, 1, 1],
		scores: [1],
		impossible: [2, 3, 4],
		empty: [2, 3, 4, 5]
	},
	{
		// n = 6, bins 3: h = 5/3, 10/3 → 2 + 2/3, 4 + 1/3.
		name: 'tertiles',
		dimension: 'monetary',
		bins: 3,
		values: [1, 2, 3, 4, 5, 6],
		edges: [2 + 2 / 3, 4 + 1 / 3],
		scores: [1, 1, 2, 2, 3, 3],
		impossible: [],
		empty: []
	},
	{
		// Custom thresholds: a value equal to a threshold stays in the lower score.
		name: 'custom thresholds',
		dimension: 'monetary',
		bins: 5,
		values: [5, 10, 10.01, 100, 1000],
		thresholds: [10, 50, 100, 500],
		edges: [10, 50, 100, 500],
		scores: [1, 1, 2, 3, 5],
		impossible: [],
		empty: [4]
	}
];

describe('scoreDimension', () => {
	it.each(cases)('$name', (c) => {
		const { result } = scoreDimension(c.values, {
			dimension: c.dimension,
			bins: c.bins,
			thresholds: c.thresholds
		});
		expect(result.edges.length).toBe(c.edges.length);
		result.edges.forEach((e, k) => expect(e).toBeCloseTo(c.edges[k], 12));
		expect(Array.from(result.scores)).toEqual(c.scores);
		expect(result.impossibleScores).toEqual(c.impossible);
		expect(result.emptyScores).toEqual(c.empty);
		expect(result.distinct).toBe(c.bins - c.empty.length);
		expect(result.source).toBe(c.thresholds ? 'custom' : 'quantile');
	});

	it('reports ties with the scores that cannot occur', () => {
		const { issues } = scoreDimension(cases[0].values, { dimension: 'frequency', bins: 5 });
		expect(issues).toEqual([
			{
				code: 'ties_fewer_bins',
				params: { dimension: 'frequency', distinct: 3, bins: 5, scores: '2' }
			}
		]);
	});

	it('describes each score as a raw-value interval with its observed range', () => {
		const { result } = scoreDimension([40, 0, 20, 10, 30], { dimension: 'recency', bins: 5 });
		// Score 5 = recency ≤ 8 days, score 1 = more than 32 days.
		expect(result.ranges[4]).toEqual({ score: 5, lo: null, hi: 8, count: 1, min: 0, max: 0 });
		expect(result.ranges[0]).toEqual({ score: 1, lo: 32, hi: null, count: 1, min: 40, max: 40 });
	});

	const bad = [
		{ name: 'too few thresholds', bins: 5, thresholds: [1, 2, 3], code: 'bad_thresholds' },
		{ name: 'descending thresholds', bins: 3, thresholds: [5, 2], code: 'bad_thresholds' },
		{ name: 'bins 1', bins: 1, thresholds: undefined, code: 'bad_bins' },
		{ name: 'bins 2.5', bins: 2.5, thresholds: undefined, code: 'bad_bins' }
	];
	it.each(bad)('rejects $name with a typed issue', ({ bins, thresholds, code }) => {
		try {
			scoreDimension([1, 2, 3], { dimension: 'frequency', bins, thresholds });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(SegmentsError);
			expect((e as SegmentsError).issue.code).toBe(code);
		}
	});
});

describe('quantileEdges', () => {
	// R: quantile(c(2, 4, 4, 5, 7, 9, 10, 12), c(.25, .5, .75)) = 4, 6, 9.25 (type 7).
	it('matches R type 7 quartiles', () => {
		expect(quantileEdges([2, 4, 4, 5, 7, 9, 10, 12], 4)).toEqual([4, 6, 9.25]);
	});
});

describe('scoreDimension on doubles through their key histogram', () => {
	// Sorted: 1, 1.001, 1.002, 1.003, 5, 5.001, 5.002, 9, 10, 11 (n = 10, h = 1.8, 3.6, 5.4, 7.2):
	// edges 1.001 + .8·.001 = 1.0018, 1.003 + .6·3.997 = 3.4012, 5.001 + .4·.001 = 5.0014,
	// 9 + .2·1 = 9.2. The first and third edge share a key (1.1 % wide) with values on both of
	// their sides, which are then compared one by one: 1.001 → 1 but 1.002 → 2, 5.001 → 3 but
	// 5.002 → 4.
	const values = Float64Array.from([5.002, 1, 11, 1.003, 5, 9, 1.001, 10, 5.001, 1.002]);
	const { result } = scoreDimension(values, { dimension: 'monetary', bins: 5 });
	it('scores values that share a key with an edge exactly', () => {
		result.edges.forEach((e, k) => expect(e).toBeCloseTo([1.0018, 3.4012, 5.0014, 9.2][k], 12));
		expect(Array.from(result.scores)).toEqual([4, 1, 5, 2, 3, 4, 1, 5, 3, 2]);
	});
	it('reads each score’s count and range off the ranks', () => {
		expect(result.ranges.map((r) => [r.count, r.min, r.max])).toEqual([
			[2, 1, 1.001],
			[2, 1.002, 1.003],
			[2, 5, 5.001],
			[2, 5.002, 9],
			[2, 10, 11]
		]);
	});

	// A plain reference: sort, type 7 edges, count edges below each value, min / max per score.
	function reference(v: ArrayLike<number>, bins: number, reversed: boolean) {
		const sorted = Array.from(v).sort((a, b) => a - b);
		const n = sorted.length;
		const edges = Array.from({ length: bins - 1 }, (_, k) => {
			const h = ((n - 1) * (k + 1)) / bins;
			const lo = Math.floor(h);
			return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, n - 1)] - sorted[lo]);
		});
		const scores = Array.from(v, (x) => {
			const below = edges.filter((e) => e < x).length;
			return reversed ? bins - below : below + 1;
		});
		const ranges = Array.from({ length: bins }, (_, k) => {
			const mine = Array.from(v).filter((_, i) => scores[i] === k + 1);
			return mine.length ? [mine.length, Math.min(...mine), Math.max(...mine)] : [0, null, null];
		});
		return { edges, scores, ranges };
	}
	const random = mulberry32(11);
	const agreement = [
		{
			name: 'money with both signs and ties',
			values: Float64Array.from(
				{ length: 3000 },
				() => Math.round((random() - 0.05) * Math.exp(random() * 9) * 100) / 100
			),
			dimension: 'monetary' as const
		},
		{
			name: 'days as integers (histogram of values)',
			values: Int32Array.from({ length: 3000 }, () => Math.floor(random() * random() * 900)),
			dimension: 'recency' as const
		},
		{
			name: 'an infinity (compared with every edge)',
			values: Float64Array.from({ length: 500 }, (_, i) => (i === 7 ? Infinity : random() * 50)),
			dimension: 'monetary' as const
		}
	];
	it.each(agreement)('agrees with a plain sort: $name', ({ values: v, dimension }) => {
		const want = reference(v, 5, dimension === 'recency');
		const got = scoreDimension(v, { dimension, bins: 5 }).result;
		expect(got.edges).toEqual(want.edges);
		expect(Array.from(got.scores)).toEqual(want.scores);
		expect(got.ranges.map((r) => [r.count, r.min, r.max])).toEqual(want.ranges);
	});
});
