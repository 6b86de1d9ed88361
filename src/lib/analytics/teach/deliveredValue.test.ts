import { describe, expect, it } from 'vitest';
import { DEFAULT_COSTS, DEFAULT_VALUES, deliveredValue } from './deliveredValue';
import { TeachError } from './teachIssue';

describe('deliveredValue', () => {
	const cases = [
		// 60 + 20 + 10 + 10 = 100 value; 50 + 10 + 6 + 4 = 70 cost; 100 − 70 = 30; 100 / 70 = 1.4286.
		{
			name: 'defaults',
			values: DEFAULT_VALUES,
			costs: DEFAULT_COSTS,
			totalValue: 100,
			totalCost: 70,
			delivered: 30,
			ratio: 100 / 70
		},
		// A cheaper product with poor service: 50 + 5 + 5 + 5 = 65 value; 40 + 20 + 10 + 5 = 75 cost → −10.
		{
			name: 'cheap but costly to buy',
			values: { product: 50, service: 5, personnel: 5, image: 5 },
			costs: { money: 40, time: 20, energy: 10, physical: 5 },
			totalValue: 65,
			totalCost: 75,
			delivered: -10,
			ratio: 65 / 75
		},
		// Free and effortless: no ratio rather than a division by zero.
		{
			name: 'no cost',
			values: { product: 1, service: 0, personnel: 0, image: 0 },
			costs: { money: 0, time: 0, energy: 0, physical: 0 },
			totalValue: 1,
			totalCost: 0,
			delivered: 1,
			ratio: null
		}
	];
	it.each(cases)('$name', ({ values, costs, totalValue, totalCost, delivered, ratio }) => {
		const r = deliveredValue(values, costs);
		expect(r.totalValue).toBe(totalValue);
		expect(r.totalCost).toBe(totalCost);
		expect(r.delivered).toBe(delivered);
		if (ratio === null) expect(r.ratio).toBeNull();
		else expect(r.ratio).toBeCloseTo(ratio, 12);
	});

	it('refuses a negative part', () => {
		expect(() => deliveredValue({ ...DEFAULT_VALUES, image: -1 }, DEFAULT_COSTS)).toThrow(
			TeachError
		);
	});
});
