import { describe, expect, it } from 'vitest';
import { keepSide, readAxes, readThresholds, zonesAnalysis } from './satisfactionZones';
import { DEFAULT_QUADRANT_THRESHOLDS } from '../../analytics/satisfaction/index';
import type { SurveyTable } from '../../analytics/types';

describe('keepSide', () => {
	const cases = [
		// On the line (high side) but jittered below: mirrored to 8 + 0.1.
		{ orig: 8, moved: 7.9, lines: [8], expected: 8.1 },
		// Below the line but jittered onto it: mirrored just under.
		{ orig: 7.9, moved: 8.05, lines: [8], expected: 7.95 },
		// No line crossed: unchanged.
		{ orig: 5, moved: 5.1, lines: [8, 2], expected: 5.1 },
		// Infinity (no apostle zone) never moves anything.
		{ orig: 10, moved: 10.1, lines: [Infinity], expected: 10.1 }
	];
	it.each(cases)('$orig → $moved across $lines', ({ orig, moved, lines, expected }) => {
		const out = keepSide(Float64Array.of(orig), Float64Array.of(moved), lines);
		expect(out[0]).toBeCloseTo(expected, 8);
	});
});

// Items on 0–10 so scores equal answers. Zones with the default lines (high ≥ 7, apostle ≥ 9
// on both, terrorist ≤ 2 on both), by hand: apostle, loyalist, mercenary, hostage, defector,
// terrorist, missing.
const table: SurveyTable = {
	length: 7,
	customerId: ['a', 'b', 'c', 'd', 'e', 'f', null],
	items: {
		satisfaction: Float64Array.from([10, 7, 9, 3, 5, 1, NaN]),
		loyalty_overall: Float64Array.from([9, 7, 2, 9, 5, 2, 4])
	}
};
const mapping = { scales: { satisfaction: [0, 10], loyalty_overall: [0, 10] } };

describe('zonesAnalysis', () => {
	it('counts one respondent per zone and jitters without crossing a line', () => {
		const r = zonesAnalysis(table, mapping, DEFAULT_QUADRANT_THRESHOLDS);
		if ('code' in r) throw new Error(r.code);
		expect(r.counts).toEqual({
			apostle: 1,
			loyalist: 1,
			mercenary: 1,
			hostage: 1,
			defector: 1,
			terrorist: 1
		});
		expect(Array.from(r.zone)).toEqual([0, 1, 2, 3, 4, 5, -1]);
		expect(r.missing).toBe(1);
		expect(r.ids).toEqual(['a', 'b', 'c', 'd', 'e', 'f', null]);
		// Loyalist (7, 7) sits on both lines: the jittered dot stays at or above 7.
		expect(r.x[1]).toBeGreaterThanOrEqual(7);
		expect(r.y[1]).toBeGreaterThanOrEqual(7);
		for (let i = 0; i < 6; i++) {
			expect(Math.abs(r.x[i] - table.items.satisfaction[i])).toBeLessThanOrEqual(0.16);
			expect(Math.abs(r.y[i] - table.items.loyalty_overall[i])).toBeLessThanOrEqual(0.16);
		}
		// Terrorist (1, 2) on the "at or below 2" line stays at or below 2.
		expect(r.y[5]).toBeLessThanOrEqual(2);
		expect(r.satisfactionOptions).toEqual(['satisfaction']);
		expect(r.loyaltyOptions).toEqual(['loyalty']);
	});

	it('moving the lines moves the counts (high from 5: defector (5, 5) becomes a loyalist)', () => {
		const r = zonesAnalysis(table, mapping, {
			...DEFAULT_QUADRANT_THRESHOLDS,
			satisfactionHigh: 5,
			loyaltyHigh: 5
		});
		if ('code' in r) throw new Error(r.code);
		// (10,9) apostle; (7,7) and (5,5) loyalists; (9,2) mercenary; (3,9) hostage; (1,2) terrorist.
		expect(r.counts).toEqual({
			apostle: 1,
			loyalist: 2,
			mercenary: 1,
			hostage: 1,
			defector: 0,
			terrorist: 1
		});
	});

	it('reports what is missing', () => {
		const r = zonesAnalysis(table, { map: { loyalty_overall: '' } }, DEFAULT_QUADRANT_THRESHOLDS);
		expect(r).toEqual({ code: 'construct_missing', item: 'loyalty' });
		const bad = zonesAnalysis(table, mapping, { ...DEFAULT_QUADRANT_THRESHOLDS, apostleMin: 6 });
		expect(bad).toEqual({ code: 'invalid_thresholds' });
	});
});

describe('reading params', () => {
	it('falls back to the defaults for junk', () => {
		expect(readThresholds({ satisfactionHigh: 7, loyaltyHigh: 'x' })).toEqual({
			...DEFAULT_QUADRANT_THRESHOLDS,
			satisfactionHigh: 7
		});
		expect(readAxes({ satisfactionAxis: 'basicSatisfaction', loyaltyAxis: 'trust' })).toEqual({
			satisfactionAxis: 'basicSatisfaction',
			loyaltyAxis: 'block'
		});
	});
});
