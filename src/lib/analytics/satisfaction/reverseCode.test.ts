import { describe, expect, it } from 'vitest';
import { reverseCode } from './reverseCode';
import type { Scale } from './detectScale';

describe('reverseCode', () => {
	// min + max − v by hand: on 1–5, 1 ↔ 5 and 3 stays; on 0–10, 2 → 8.
	const cases: { scale: Scale; values: number[]; expected: number[] }[] = [
		{ scale: [1, 5], values: [1, 2, 3, 4, 5], expected: [5, 4, 3, 2, 1] },
		{ scale: [0, 10], values: [0, 2, 10], expected: [10, 8, 0] },
		{ scale: [1, 7], values: [7, 1], expected: [1, 7] }
	];
	it.each(cases)('on $scale', ({ scale, values, expected }) => {
		expect(Array.from(reverseCode(Float64Array.from(values), scale))).toEqual(expected);
	});
	it('keeps missing answers missing and does not touch the input', () => {
		const input = Float64Array.from([NaN, 4]);
		const out = reverseCode(input, [1, 5]);
		expect(out[0]).toBeNaN();
		expect(out[1]).toBe(2);
		expect(input[1]).toBe(4);
	});
});
