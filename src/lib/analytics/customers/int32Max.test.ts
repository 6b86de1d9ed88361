import { describe, expect, it } from 'vitest';
import { int32Max, int32Min } from './int32Max';

// Read off each list by eye; the empty array gives the int32 limits, which callers rely on.
const cases: { name: string; values: number[]; max: number; min: number }[] = [
	{ name: 'empty', values: [], max: -2147483648, min: 2147483647 },
	{ name: 'one value', values: [7], max: 7, min: 7 },
	{ name: 'negatives and zero', values: [-3, 0, -9, -1], max: 0, min: -9 },
	{ name: 'extremes', values: [2147483647, -2147483648, 5], max: 2147483647, min: -2147483648 },
	{ name: 'largest first, smallest last', values: [9, 4, 4, 1], max: 9, min: 1 }
];

describe('int32Max / int32Min', () => {
	it.each(cases)('$name', ({ values, max, min }) => {
		const a = Int32Array.from(values);
		expect(int32Max(a)).toBe(max);
		expect(int32Min(a)).toBe(min);
	});
});
