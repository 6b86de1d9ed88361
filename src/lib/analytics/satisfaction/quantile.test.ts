import { describe, expect, it } from 'vitest';
import { quantile } from './quantile';

describe('quantile (type 7)', () => {
	// h = (n − 1) p; value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) on the sorted values.
	const cases: { values: number[]; p: number; expected: number }[] = [
		{ values: [1, 2, 3, 4], p: 0.5, expected: 2.5 }, // h = 1.5
		{ values: [4, 1, 3, 2], p: 0.1, expected: 1.3 }, // h = 0.3
		{ values: [1, 2, 3, 4], p: 0.9, expected: 3.7 }, // h = 2.7
		{ values: [10, 2, 33], p: 0, expected: 2 },
		{ values: [10, 2, 33], p: 1, expected: 33 },
		{ values: [5, NaN, 7], p: 0.5, expected: 6 },
		{ values: [7], p: 0.9, expected: 7 }
	];
	it.each(cases)('$values at $p → $expected', ({ values, p, expected }) => {
		expect(quantile(Float64Array.from(values), p)).toBeCloseTo(expected, 12);
	});
	it('nothing to rank → NaN', () => {
		expect(quantile(Float64Array.of(NaN), 0.5)).toBeNaN();
	});
});
