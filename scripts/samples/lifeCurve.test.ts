import { describe, expect, it } from 'vitest';
import { lifeCurve, type LifePlan } from './lifeCurve';

const plan: LifePlan = {
	exploration: 2,
	formation: 3,
	exit: 10,
	declineStart: 7,
	declineFactor: 0.5
};

// By hand: trial rate 0.35 / basket 0.55; formation step t = k / (formation + 1) with
// rate 0.35 + 0.65 t and basket 0.55 + 0.45 t; decline rate 0.5^(m - 6), floored at 0.2,
// basket 0.85 + 0.15 rate; nothing from the exit month on.
const cases = [
	{ m: 0, stage: 'exploration', rate: 0.35, basket: 0.55 },
	{ m: 1, stage: 'exploration', rate: 0.35, basket: 0.55 },
	{ m: 2, stage: 'formation', rate: 0.5125, basket: 0.6625 },
	{ m: 4, stage: 'formation', rate: 0.8375, basket: 0.8875 },
	{ m: 5, stage: 'stability', rate: 1, basket: 1 },
	{ m: 6, stage: 'stability', rate: 1, basket: 1 },
	{ m: 7, stage: 'decline', rate: 0.5, basket: 0.925 },
	{ m: 8, stage: 'decline', rate: 0.25, basket: 0.8875 },
	{ m: 9, stage: 'decline', rate: 0.2, basket: 0.88 },
	{ m: 10, stage: 'gone', rate: 0, basket: 0 }
];

describe('lifeCurve', () => {
	it.each(cases)('month $m is $stage', ({ m, stage, rate, basket }) => {
		const point = lifeCurve(plan, m);
		expect(point.stage).toBe(stage);
		expect(point.rate).toBeCloseTo(rate, 10);
		expect(point.basket).toBeCloseTo(basket, 10);
	});
});
