import { describe, expect, it } from 'vitest';
import { rescaleTo10 } from './rescaleTo10';
import type { Scale } from './detectScale';

describe('rescaleTo10', () => {
	// (v − lo) / (hi − lo) × 10 by hand: on 1–5, 3 → 2/4 × 10 = 5; on 1–10, 10 → 10, 1 → 0.
	const cases: { scale: Scale; v: number; expected: number }[] = [
		{ scale: [1, 5], v: 1, expected: 0 },
		{ scale: [1, 5], v: 3, expected: 5 },
		{ scale: [1, 5], v: 4, expected: 7.5 },
		{ scale: [1, 7], v: 4, expected: 5 },
		{ scale: [1, 10], v: 10, expected: 10 },
		{ scale: [1, 10], v: 7, expected: 20 / 3 },
		{ scale: [0, 10], v: 7, expected: 7 },
		{ scale: [0, 100], v: 85, expected: 8.5 }
	];
	it.each(cases)('$v on $scale → $expected', ({ scale, v, expected }) => {
		expect(rescaleTo10(Float64Array.of(v), scale)[0]).toBeCloseTo(expected, 12);
	});
	it('missing stays missing', () => {
		expect(rescaleTo10(Float64Array.of(NaN), [1, 5])[0]).toBeNaN();
	});
});
