import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from './normalizeAnswer';

describe('normalizeAnswer', () => {
	// Each expected value is the number a person reads in the answer, or NaN for a non-answer.
	const cases: [string | number | null, number][] = [
		['7', 7],
		[' 10 ', 10],
		['0', 0],
		['7.5', 7.5],
		['7,5', 7.5],
		['８', 8],
		['8分', 8],
		['10 - Extremely likely', 10],
		['0 = not at all likely', 0],
		['6 (agree)', 6],
		['85%', 85],
		[9, 9],
		["don't know", NaN],
		['Don’t Know', NaN],
		['DK', NaN],
		['N/A', NaN],
		['n/a', NaN],
		['NA', NaN],
		['不知道', NaN],
		['不适用', NaN],
		["99 = don't know", NaN],
		['', NaN],
		['   ', NaN],
		['-', NaN],
		['very satisfied', NaN],
		['national', NaN],
		[null, NaN],
		[Number.POSITIVE_INFINITY, NaN]
	];
	it.each(cases)('%j → %d', (text, expected) => {
		const got = normalizeAnswer(text);
		if (Number.isNaN(expected)) expect(got).toBeNaN();
		else expect(got).toBe(expected);
	});
});
