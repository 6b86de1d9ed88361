import { describe, expect, it } from 'vitest';
import { spread } from './foldOrders';

describe('spread: an order total over its lines', () => {
	const cases: { total: number; values: number[]; expected: number[] }[] = [
		{ total: 25.5, values: [20, 5.5], expected: [20, 5.5] },
		// A discount: 10 over 3 equal lines, the rounding cent on the last.
		{ total: 10, values: [5, 5, 5], expected: [3.33, 3.33, 3.34] },
		{ total: 30, values: [NaN, NaN], expected: [30, 0] },
		{ total: 12, values: [7], expected: [12] },
		{ total: NaN, values: [1, 2], expected: [NaN, NaN] }
	];
	it.each(cases)('$total over $values', ({ total, values, expected }) => {
		expect(spread(total, values)).toEqual(expected);
	});
});
