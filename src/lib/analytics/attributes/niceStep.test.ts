import { describe, expect, it } from 'vitest';
import { niceStep } from './niceStep';

describe('niceStep', () => {
	// raw = span / target, rounded up to 1, 2 or 5 × 10^k.
	const cases = [
		{ span: 980, target: 20, expected: 50 }, // raw 49
		{ span: 0.25, target: 2, expected: 0.2 }, // raw 0.125
		{ span: 10, target: 5, expected: 2 }, // raw 2 exactly
		{ span: 7, target: 7, expected: 1 },
		{ span: 1200, target: 5, expected: 500 }, // raw 240
		{ span: 0, target: 5, expected: 1 }
	];
	it.each(cases)('span $span / $target → $expected', ({ span, target, expected }) => {
		expect(niceStep(span, target)).toBeCloseTo(expected, 12);
	});
});
