import { describe, expect, it } from 'vitest';
import { SegmentsError } from '../customers/segmentsIssue';
import { pyramidPresets } from './pyramidCuts';
import { valuePyramid } from './valuePyramid';

// Total 1000; ranked: 640, 80, 70, 60, 50, 40, 30, 20, 10, 0.
const values = Float64Array.from([30, 640, 0, 80, 10, 60, 20, 50, 70, 40]);

describe('valuePyramid', () => {
	// Boundaries = round(10 × cumulative % / 100), halves up.
	const cases = [
		{
			// 0.5 → 1, 2, 5: platinum 640 | gold 80 | iron 70 60 50 | lead 40 30 20 10 0.
			name: 'standard 5/15/30/50',
			cuts: pyramidPresets.standard,
			customers: [1, 1, 3, 5],
			value: [640, 80, 180, 100]
		},
		{
			// 0.1 → 0, 0.5 → 1, 2: platinum empty | gold 640 | iron 80 | lead the other 8.
			name: 'narrow top 1/4/15/80',
			cuts: pyramidPresets.narrowTop,
			customers: [0, 1, 1, 8],
			value: [0, 640, 80, 280]
		},
		{
			// 2, 5, 8: 640 80 | 70 60 50 | 40 30 20 | 10 0.
			name: 'broad top 20/30/30/20',
			cuts: pyramidPresets.broadTop,
			customers: [2, 3, 3, 2],
			value: [720, 180, 90, 10]
		},
		{
			name: 'custom 10/10/10/70',
			cuts: [10, 10, 10, 70],
			customers: [1, 1, 1, 7],
			value: [640, 80, 70, 210]
		}
	];
	it.each(cases)('$name', ({ cuts, customers, value }) => {
		const p = valuePyramid(values, { basis: 'revenue', cuts });
		expect(p.tiers.map((t) => t.name)).toEqual(['platinum', 'gold', 'iron', 'lead']);
		expect(p.tiers.map((t) => t.customers)).toEqual(customers);
		expect(p.tiers.map((t) => t.value)).toEqual(value);
		expect(p.tiers.map((t) => t.valueShare)).toEqual(value.map((v) => v / 1000));
		expect(p.basis).toBe('revenue');
	});

	it('tags each customer and gives the "top X % bring Y %" data', () => {
		const p = valuePyramid(values, { basis: 'margin' });
		expect(Array.from(p.tier)).toEqual([3, 0, 3, 1, 3, 2, 3, 2, 2, 3]);
		expect(p.topShares).toEqual([
			{ customerShare: 0.1, valueShare: 0.64 },
			{ customerShare: 0.2, valueShare: 0.72 },
			{ customerShare: 0.5, valueShare: 0.9 },
			{ customerShare: 1, valueShare: 1 }
		]);
		expect(p.tiers[2]).toMatchObject({ minValue: 50, maxValue: 70 });
		expect(p.basis).toBe('margin');
	});

	it('orders equal values by table position', () => {
		// [5,5,5,5]: boundaries 0 (0.2), 1 (0.8), 2: gold = customer 0, iron = 1, lead = 2 and 3.
		const p = valuePyramid(Float64Array.from([5, 5, 5, 5]), { basis: 'revenue' });
		expect(Array.from(p.tier)).toEqual([1, 2, 3, 3]);
	});

	it('one customer is platinum... only when the top tier rounds to one', () => {
		// n = 1: round(0.05) = 0, round(0.2) = 0, round(0.5) = 1 → the customer is iron.
		const p = valuePyramid(Float64Array.from([42]), { basis: 'revenue' });
		expect(p.tiers.map((t) => t.customers)).toEqual([0, 0, 1, 0]);
	});

	it('gives null shares and an issue when total value is not positive', () => {
		const p = valuePyramid(Float64Array.from([10, -30]), { basis: 'margin' });
		expect(p.tiers.every((t) => t.valueShare === null)).toBe(true);
		expect(p.issues.map((i) => i.code)).toEqual(['non_positive_total', 'negative_values']);
	});

	const bad = [
		[5, 15, 30],
		[50, 50, 50, -50],
		[10, 10, 10, 10]
	];
	it.each(bad)('rejects cuts %j', (...cuts) => {
		expect(() => valuePyramid(values, { basis: 'revenue', cuts })).toThrow(SegmentsError);
	});
});
