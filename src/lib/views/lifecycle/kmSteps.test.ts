import { describe, expect, it } from 'vitest';
import type { KaplanMeierCurve } from '$lib/analytics/lifecycle';
import { kmSteps, survivalAt } from './kmSteps';

// Four subjects: events at 0 and 10, one censored at 10, one event at 20 (S: 0.75, 0.5, 0).
const curve: KaplanMeierCurve = {
	n: 4,
	events: 3,
	confidence: 0.95,
	median: 10,
	points: [
		{
			time: 0,
			atRisk: 4,
			events: 1,
			censored: 0,
			survival: 0.75,
			variance: 0.05,
			lower: 0.3,
			upper: 0.9
		},
		{
			time: 10,
			atRisk: 3,
			events: 1,
			censored: 1,
			survival: 0.5,
			variance: 0.06,
			lower: 0.1,
			upper: 0.8
		},
		{
			time: 20,
			atRisk: 1,
			events: 1,
			censored: 0,
			survival: 0,
			variance: null,
			lower: null,
			upper: null
		}
	]
};

describe('kmSteps', () => {
	it('holds each value until the next event, dropping vertically at event times', () => {
		const s = kmSteps(curve);
		expect(s.points).toEqual([
			{ x: 0, y: 1 },
			{ x: 0, y: 0.75 },
			{ x: 10, y: 0.75 },
			{ x: 10, y: 0.5 },
			{ x: 20, y: 0.5 },
			{ x: 20, y: 0 }
		]);
		// The band steps with the line and closes on it where Greenwood's variance is undefined.
		expect(s.band.at(-1)).toEqual({ x: 20, lo: 0, hi: 0 });
		expect(s.band[2]).toEqual({ x: 10, lo: 0.3, hi: 0.9 });
	});

	const cases = [
		{ t: -1, s: 1 },
		{ t: 0, s: 0.75 },
		{ t: 9.5, s: 0.75 },
		{ t: 10, s: 0.5 },
		{ t: 100, s: 0 }
	];
	it.each(cases)('survival at $t is $s', ({ t, s }) => expect(survivalAt(curve, t)).toBe(s));
});
