import { describe, expect, it } from 'vitest';
import { orderByValue } from './orderByValue';

describe('orderByValue', () => {
	const cases = [
		{ values: [30, 640, 0, 80], expected: [1, 3, 0, 2] },
		// Ties keep table order: the three 5s come out as 0, 2, 3.
		{ values: [5, 9, 5, 5, 1], expected: [1, 0, 2, 3, 4] },
		{ values: [-2, NaN, 3], expected: [2, 0, 1] },
		{ values: [], expected: [] }
	];
	it.each(cases)('$values', ({ values, expected }) => {
		expect(Array.from(orderByValue(values))).toEqual(expected);
	});
	it('agrees with a comparator sort on many ties', () => {
		const values = Array.from({ length: 500 }, (_, i) => (i * 37) % 11);
		const reference = values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
		expect(Array.from(orderByValue(values))).toEqual(reference);
	});
});
