// The page's horizon settings mapped to model units, by hand: a calendar month is 365.25 / 12
// days = 30.4375 days = 4.348214 weeks (analytics/clv/unitDays).
import { describe, expect, it } from 'vitest';
import { clvForecastOptions, clvHorizon, wholeMonths } from './clvHorizon';
import { clvSettingsFrom, DEFAULT_CLV_SETTINGS } from './clvSettings';

const WEEKS_PER_MONTH = 365.25 / 12 / 7;

describe('clvHorizon', () => {
	const cases = [
		// Calendar months: converted to units, never rounded.
		{ horizonIn: 'months', months: 12, units: 0, unit: 'week', out: [12 * WEEKS_PER_MONTH, 12] },
		{ horizonIn: 'months', months: 3, units: 0, unit: 'day', out: [91.3125, 3] },
		{ horizonIn: 'months', months: 6, units: 0, unit: 'month', out: [6, 6] },
		// Model units: exact; months only rounded for labels (39 / 4.348 = 8.97 → 9).
		{ horizonIn: 'units', months: 12, units: 39, unit: 'week', out: [39, 9] },
		{ horizonIn: 'units', months: 12, units: 90, unit: 'day', out: [90, 3] },
		{ horizonIn: 'units', months: 12, units: 1, unit: 'day', out: [1, 1] },
		{ horizonIn: 'units', months: 12, units: 0, unit: 'week', out: [0, 0] },
		{ horizonIn: 'units', months: 12, units: 18, unit: 'month', out: [18, 18] }
	] as const;
	it.each(cases)('$horizonIn: $months months / $units $unit(s) → $out', (c) => {
		const h = clvHorizon({
			horizonIn: c.horizonIn,
			horizonMonths: c.months,
			horizonUnits: c.units,
			unit: c.unit
		});
		expect(h.units).toBeCloseTo(c.out[0], 10);
		expect(h.months).toBe(c.out[1]);
		expect(h.exact).toBe(c.horizonIn === 'units');
	});

	it('forecast options step in units only when the horizon is in units', () => {
		const base = { ...DEFAULT_CLV_SETTINGS, id: 'a' };
		expect(clvForecastOptions(base, 0.01)).toEqual({
			months: 12,
			unit: 'week',
			discountRate: 0.01,
			discountPer: 'month'
		});
		expect(clvForecastOptions({ ...base, horizonIn: 'units', horizonUnits: 39 }, 0.02)).toEqual({
			months: 9,
			unit: 'week',
			discountRate: 0.02,
			discountPer: 'month',
			units: 39
		});
	});

	it('wholeMonths is what cli predict rounds a summary horizon to', () => {
		expect([wholeMonths(52, 'week'), wholeMonths(365, 'day'), wholeMonths(0.2, 'week')]).toEqual([
			12, 12, 1
		]);
	});
});

describe('horizon params from the page', () => {
	const cases = [
		{ params: { id: 'a' }, expected: { horizonIn: 'months', horizonUnits: 52, horizonMonths: 12 } },
		{ params: { id: 'a', horizonIn: 'units', horizonUnits: '39' }, expected: { horizonUnits: 39 } },
		{ params: { id: 'a', horizonIn: 'weeks' }, expected: { horizonIn: 'months' } },
		{ params: { id: 'a', horizonUnits: 38.6 }, expected: { horizonUnits: 39 } },
		{ params: { id: 'a', horizonUnits: -5 }, expected: { horizonUnits: 0 } },
		{ params: { id: 'a', horizonUnits: 1e9 }, expected: { horizonUnits: 18263 } },
		{ params: { id: 'a', horizonUnits: 'x' }, expected: { horizonUnits: 52 } }
	];
	it.each(cases)('$params', ({ params, expected }) =>
		expect(clvSettingsFrom(params)).toMatchObject(expected)
	);
});
