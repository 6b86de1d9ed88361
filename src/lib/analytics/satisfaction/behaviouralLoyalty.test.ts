import { describe, expect, it } from 'vitest';
import { behaviourAfterSurvey } from './behaviourAfterSurvey';
import { behaviouralLoyalty, type BehaviouralLoyalty } from './behaviouralLoyalty';
import { isSatisfactionIssue } from './satisfactionIssue';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import type { SurveyTable } from '../types';

const tx = transactionsFromRows([
	{ customerId: 'a', date: '2024-01-05', amount: 100 }, // before the survey
	{ customerId: 'a', date: '2024-01-10', amount: 100 }, // on the survey day: not after
	{ customerId: 'a', date: '2024-01-15', amount: 20 },
	{ customerId: 'a', date: '2024-01-15', amount: 5 }, // same day: one purchase
	{ customerId: 'a', date: '2024-02-01', amount: 30 },
	{ customerId: 'a', date: '2024-06-01', amount: 999 }, // after 90 days
	{ customerId: 'b', date: '2024-03-01', amount: 50 }, // after asOf
	{ customerId: 'c', date: '2024-01-15', amount: 10 },
	{ customerId: 'z', date: '2024-01-15', amount: 10 } // never surveyed
]);

const survey: SurveyTable = {
	length: 6,
	customerId: ['a', 'b', 'c', 'x', null, 'c'],
	day: Int32Array.from(
		['2024-01-10', '2024-01-20', '2024-01-01', '2024-01-01', '2024-01-01', '2024-02-01'],
		dayFromISO
	),
	items: {}
};

describe('behaviourAfterSurvey', () => {
	const m = behaviourAfterSurvey(tx, survey, { horizonDays: 90, asOf: dayFromISO('2024-02-15') });
	// a: 01-15 (20 + 5) and 02-01 (30) → 2 purchases, 55; b: 03-01 is past asOf → 0;
	// c: earliest survey 01-01, 01-15 → 1 purchase, 10; x has no transactions, z no survey.
	const cases: [string, { purchasesAfter: number; revenueAfter: number } | undefined][] = [
		['a', { purchasesAfter: 2, revenueAfter: 55 }],
		['b', { purchasesAfter: 0, revenueAfter: 0 }],
		['c', { purchasesAfter: 1, revenueAfter: 10 }],
		['x', undefined],
		['z', undefined]
	];
	it.each(cases)('%s', (id, expected) => {
		expect(m.get(id)).toEqual(expected);
	});
	it('no ids or no days → empty map', () => {
		expect(
			behaviourAfterSurvey(tx, { ...survey, day: null }, { horizonDays: 90, asOf: 0 }).size
		).toBe(0);
	});
});

describe('behaviouralLoyalty', () => {
	const behaviour = new Map([
		['a', { purchasesAfter: 2, revenueAfter: 55 }],
		['b', { purchasesAfter: 0, revenueAfter: 0 }],
		['c', { purchasesAfter: 1, revenueAfter: 10 }]
	]);
	const table: SurveyTable = { length: 5, customerId: ['a', 'b', 'c', 'x', null], items: {} };
	const stated = Float64Array.of(9, 8, 3, 10, 5);
	const satisfaction = Float64Array.of(9, 9, 5, 9, 9);
	const r = behaviouralLoyalty(table, behaviour, stated, satisfaction) as BehaviouralLoyalty;

	it('joins on id: a, b, c match; x does not; the blank id is not counted', () => {
		expect([r.matched, r.unmatched]).toEqual([3, 1]);
		expect(Array.from(r.repurchased)).toEqual([1, 0, 1, NaN, NaN]);
		expect(r.repurchaseRate).toBeCloseTo(2 / 3, 12);
	});
	it('stated vs actual', () => {
		// Stated loyal (≥ 8): a bought, b did not; c (3) bought.
		expect(r.crossTab).toEqual({
			loyalRepurchased: 1,
			loyalNot: 1,
			notLoyalRepurchased: 1,
			notLoyalNot: 0
		});
		expect(r.revenue).toEqual({ statedLoyal: 27.5, statedNotLoyal: 10 });
		expect(r.byStatedLoyalty.map((b) => [b.level, b.mean])).toEqual([
			[3, 1],
			[8, 0],
			[9, 1]
		]);
		// s = 9, 8, 3 and y = 1, 0, 1: Sxy = −4/3, Sxx = 186/9, Syy = 6/9 → r = −12/√1116.
		expect(r.correlation.statedVsRepurchased.r).toBeCloseTo(-12 / Math.sqrt(1116), 12);
		expect(r.correlation.statedVsRepurchased.n).toBe(3);
	});
	it('quadrants on behavioural loyalty', () => {
		// a: satisfied and bought → loyalist; b: satisfied, did not → mercenary; c: 5, bought → hostage.
		expect(r.quadrants).toEqual({
			apostle: 0,
			loyalist: 1,
			mercenary: 1,
			hostage: 1,
			defector: 0,
			terrorist: 0
		});
	});
	const bad = [
		{
			name: 'no id matches',
			t: table,
			b: new Map([['q', { purchasesAfter: 1, revenueAfter: 1 }]]),
			code: 'no_matching_ids'
		},
		{
			name: 'survey without ids',
			t: { ...table, customerId: null },
			b: behaviour,
			code: 'no_customer_ids'
		}
	];
	it.each(bad)('$name → $code', ({ t, b, code }) => {
		const res = behaviouralLoyalty(t, b, stated);
		expect(isSatisfactionIssue(res) && res.code).toBe(code);
	});
});
