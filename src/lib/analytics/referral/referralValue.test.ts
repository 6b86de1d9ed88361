import { describe, expect, it } from 'vitest';
import { referralValue, referralValueFromCounts } from './referralValue';
import { valueQuadrants } from './valueQuadrants';

describe('referralValue from referred-by links', () => {
	// A brought B and C; B brought D; E names an unknown referrer; F names itself.
	const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
	const by = [null, 'A', ' A ', 'B', 'Z', 'F'];
	const value = [50, 400, 300, 100, 80, 10];
	const cases = [
		// A: 400 + 300 = 700; B: 100; the rest nothing.
		{ credit: 1, value: [700, 100, 0, 0, 0, 0] },
		// Half the referred customers would have come anyway.
		{ credit: 0.5, value: [350, 50, 0, 0, 0, 0] }
	];
	it.each(cases)('credit $credit', ({ credit, value: want }) => {
		const r = referralValue(ids, by, value, credit);
		expect(Array.from(r.referred)).toEqual([2, 1, 0, 0, 0, 0]);
		expect(Array.from(r.value)).toEqual(want);
		expect(r.unknownReferrers).toBe(2);
		// (400 + 300 + 100) / 3, whatever the credit.
		expect(r.meanReferredValue).toBeCloseTo(800 / 3, 12);
	});

	it('survey counts: told × conversion × mean referred value, blank stays blank', () => {
		expect(Array.from(referralValueFromCounts([0, 4, NaN], 0.25, 200))).toEqual([0, 200, NaN]);
	});
});

describe('valueQuadrants', () => {
	it('cuts at the means: CLV mean 250, referral mean 175', () => {
		const q = valueQuadrants([100, 600, 200, 100, NaN], [600, 50, 0, 50, 10]);
		expect(q.clvCut).toBe(250);
		expect(q.referralCut).toBe(175);
		expect(q.quadrant).toEqual(['promoter', 'buyer', 'neither', 'neither', null]);
		expect(q.counts).toEqual({ both: 0, buyer: 1, promoter: 1, neither: 2 });
	});

	it('given cuts', () => {
		expect(valueQuadrants([10], [10], { clv: 5, referral: 5 }).quadrant).toEqual(['both']);
	});
});
