import { describe, expect, it } from 'vitest';
import type { ExitPatternSummary } from '$lib/analytics/lifecycle';
import { lastPoint, patternCurve } from './patternCurves';

const summary = (customers: number, curve: (number | null)[], observed: number[]) =>
	({
		pattern: 'II',
		customers,
		revenue: 0,
		revenueShare: null,
		curve,
		observed
	}) as ExitPatternSummary;

describe('patternCurve', () => {
	const cases = [
		{
			name: 'periods seen by fewer than 10 customers are cut',
			p: summary(40, [5, 4, 3, 2], [40, 40, 12, 9]),
			y: [5, 4, 3, null]
		},
		{
			// A pattern with 3 customers in all keeps the periods all 3 are observed in.
			name: 'a small pattern needs only all of its customers',
			p: summary(3, [5, 4, 3], [3, 3, 2]),
			y: [5, 4, null]
		},
		{ name: 'no customers, nothing drawn', p: summary(0, [null, null], [0, 0]), y: [null, null] }
	];
	it.each(cases)('$name', ({ p, y }) => {
		expect(patternCurve(p).map((q) => q.y)).toEqual(y);
	});

	it('finds the last period worth drawing', () => {
		expect(
			lastPoint([
				[
					{ x: 0, y: 1 },
					{ x: 1, y: null }
				],
				[
					{ x: 0, y: 1 },
					{ x: 4, y: 2 },
					{ x: 5, y: null }
				]
			])
		).toBe(4);
	});
});
