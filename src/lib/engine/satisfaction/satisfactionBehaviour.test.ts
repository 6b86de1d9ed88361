import { describe, expect, it } from 'vitest';
import { behaviourAnalysis, type BehaviourOptions } from './satisfactionBehaviour';
import { transactionsFromRows } from '../../analytics/tableFromRows';
import { dayFromISO, isoFromDay } from '../../analytics/dates';
import type { SurveyTable } from '../../analytics/types';

const D = dayFromISO('2024-01-01');
// Four respondents asked on day D; d never bought anything.
const survey: SurveyTable = {
	length: 4,
	customerId: ['a', 'b', 'c', 'd'],
	day: Int32Array.from([D, D, D, D]),
	items: {
		satisfaction: Float64Array.from([10, 9, 10, 5]),
		loyalty: Float64Array.from([9, 8, 3, 2])
	}
};
const mapping = { scales: { satisfaction: [1, 10], loyalty: [0, 10] } };
const at = (k: number) => isoFromDay(D + k);
const tx = transactionsFromRows([
	{ customerId: 'a', date: at(0), amount: 10 }, // survey day: not "after"
	{ customerId: 'a', date: at(50), amount: 20 },
	{ customerId: 'a', date: at(50), amount: 5 }, // same day: one purchase
	{ customerId: 'b', date: at(20), amount: 7 },
	{ customerId: 'b', date: at(200), amount: 9 }, // past the 180-day horizon
	{ customerId: 'c', date: at(-50), amount: 4 }, // before the survey
	{ customerId: 'c', date: at(100), amount: 30 } // on the analysis date in the first case
]);
const base: BehaviourOptions = {
	asOf: D + 100,
	horizonDays: 180,
	minPurchases: 1,
	satisfactionAxis: 'auto',
	loyaltyAxis: 'block',
	satisfactionHigh: 8,
	loyaltyHigh: 8
};

describe('behaviourAnalysis', () => {
	const cases = [
		{
			// Days up to D + 99 count: a and b bought after the survey, c not yet.
			name: 'analysis date D + 100 (that day unseen)',
			asOf: D + 100,
			rate: 2 / 3,
			// Top box 10: a yes, c no → ½; box 9: b yes → 1; ratio ½.
			ratio: 0.5,
			crossTab: { loyalRepurchased: 2, loyalNot: 0, notLoyalRepurchased: 0, notLoyalNot: 1 }
		},
		{
			name: 'analysis date D + 101 (c’s purchase counts)',
			asOf: D + 101,
			rate: 1,
			ratio: 1,
			crossTab: { loyalRepurchased: 2, loyalNot: 0, notLoyalRepurchased: 1, notLoyalNot: 0 }
		}
	];
	it.each(cases)('$name', ({ asOf, rate, ratio, crossTab }) => {
		const r = behaviourAnalysis(survey, tx, mapping, { ...base, asOf });
		if ('code' in r) throw new Error(r.code);
		expect(r.loyalty.matched).toBe(3);
		expect(r.loyalty.unmatched).toBe(1);
		expect(r.loyalty.repurchaseRate).toBeCloseTo(rate, 12);
		expect(r.loyalty.crossTab).toEqual(crossTab);
		const cs = r.completelySatisfied!.result;
		if ('code' in cs) throw new Error(cs.code);
		expect(cs.ratio).toBeCloseTo(ratio, 12);
		// Every window (D + 1 … D + 180) runs past the data: all three are cut short.
		expect(r.truncated).toBe(3);
		expect(r.firstSurveyDay).toBe(D);
		expect('repurchased' in r.loyalty).toBe(false);
	});

	it('says what is missing instead of failing', () => {
		expect(behaviourAnalysis({ ...survey, day: null }, tx, mapping, base)).toEqual({
			code: 'no_survey_dates'
		});
		expect(behaviourAnalysis({ ...survey, customerId: null }, tx, mapping, base)).toEqual({
			code: 'no_customer_ids'
		});
		const strangers = { ...survey, customerId: ['x1', 'x2', null, 'x3'] };
		expect(behaviourAnalysis(strangers, tx, mapping, base)).toEqual({
			code: 'no_matching_ids',
			n: 3
		});
	});
});
