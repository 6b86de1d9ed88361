import { describe, expect, it } from 'vitest';
import type { CentreKind } from './centreCut';
import { pooledEdges } from './pooledEdges';

interface Case {
	name: string;
	parts: number[][];
	bins: number;
	centre?: CentreKind;
	edges: number[];
}

// By hand, type 7 over the pooled sorted values x: h = (n−1)k/bins, edge = x[⌊h⌋] + frac(h)·(x[⌊h⌋+1] − x[⌊h⌋]).
const cases: Case[] = [
	{
		// Pooled 1…10 (n = 10): h = 1.8, 3.6, 5.4, 7.2 → 2.8, 4.6, 6.4, 8.2.
		name: 'two parts pooled, five bins',
		parts: [
			[1, 3, 5, 7, 9],
			[2, 4, 6, 8, 10]
		],
		bins: 5,
		edges: [2.8, 4.6, 6.4, 8.2]
	},
	{
		// Pooled [1, 1, 1, 2, 10, 20] (n = 6): h = 1.25, 2.5, 3.75 → 1, 1.5, 2 + 0.75·8 = 8.
		// Part one alone would cut at 1, 1, 1 — the pooled edges sit between both tables.
		name: 'unequal parts: the larger values of the second lift the edges',
		parts: [
			[1, 1, 1],
			[20, 2, 10]
		],
		bins: 4,
		edges: [1, 1.5, 8]
	},
	{
		// One empty part: the edges of the other alone. [4, 8] (n = 2): h = 0.5 → 6.
		name: 'an empty part adds nothing',
		parts: [[], [8, 4]],
		bins: 2,
		edges: [6]
	},
	{
		// Mean of 1, 2, 3, 10 = 16 / 4 = 4.
		name: 'eight-class model: the pooled mean',
		parts: [
			[1, 2],
			[3, 10]
		],
		bins: 2,
		centre: 'mean',
		edges: [4]
	},
	{
		// Median of 1, 2, 3, 10 = (2 + 3) / 2 = 2.5.
		name: 'eight-class model: the pooled median',
		parts: [
			[10, 1],
			[3, 2]
		],
		bins: 2,
		centre: 'median',
		edges: [2.5]
	},
	{
		// A centre kind only applies to two bins; with three the quantiles: [1, 2, 3, 10],
		// h = 1, 2 → 2, 3.
		name: 'centre ignored above two bins',
		parts: [
			[1, 2],
			[3, 10]
		],
		bins: 3,
		centre: 'mean',
		edges: [2, 3]
	},
	{ name: 'no values at all', parts: [[], []], bins: 5, edges: [] }
];

describe('pooledEdges', () => {
	for (const c of cases)
		it(c.name, () => {
			const got = pooledEdges(c.parts, c.bins, c.centre ?? null);
			expect(got).toHaveLength(c.edges.length);
			got.forEach((e, k) => expect(e).toBeCloseTo(c.edges[k], 12));
		});

	it('reads typed arrays (recency and frequency are Int32Array)', () => {
		expect(pooledEdges([Int32Array.from([1, 3]), Float64Array.from([2, 4])], 2)).toEqual([2.5]);
	});
});
