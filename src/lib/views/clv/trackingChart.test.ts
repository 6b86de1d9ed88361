import { describe, expect, it } from 'vitest';
import { trackingChart, type Tracking } from './trackingChart';

// Three weeks, two of calibration: actual 2, 0, 3 (cumulative 2, 2, 5); model 1.5, 1, 2.5.
const tracking: Tracking = {
	periodStart: Int32Array.from([0, 7, 14]),
	actual: Float64Array.from([2, 0, 3]),
	expected: Float64Array.from([1.5, 1, 2.5]),
	actualCumulative: Float64Array.from([2, 2, 5]),
	expectedCumulative: Float64Array.from([1.5, 2.5, 5]),
	calibrationPeriods: 2
};
const names = { actual: 'A', model: 'M', calibrationEnd: 'end' };

describe('trackingChart', () => {
	it.each([
		{ cumulative: false, actual: [2, 0, 3], model: [1.5, 1, 2.5] },
		{ cumulative: true, actual: [2, 2, 5], model: [1.5, 2.5, 5] }
	])('cumulative $cumulative: periods 1…3 and their counts', ({ cumulative, actual, model }) => {
		const { series } = trackingChart(tracking, cumulative, names, ['#a', '#b']);
		expect(series.map((s) => s.name)).toEqual(['A', 'M']);
		expect(series[0].points).toEqual(actual.map((y, k) => ({ x: k + 1, y })));
		expect(series[1].points).toEqual(model.map((y, k) => ({ x: k + 1, y })));
		expect([series[0].dashed, series[1].dashed]).toEqual([undefined, true]);
		expect([series[0].color, series[1].color]).toEqual(['#a', '#b']);
	});

	it('marks the end of calibration between period 2 and period 3', () => {
		expect(trackingChart(tracking, false, names, ['#a', '#b']).vLines).toEqual([
			{ x: 2.5, label: 'end' }
		]);
	});
});
