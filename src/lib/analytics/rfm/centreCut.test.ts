import { describe, expect, it } from 'vitest';
import { centreCut } from './centreCut';

describe('centreCut', () => {
	// By hand: mean = sum / n; median = the middle value, or the mean of the two middle ones.
	const cases = [
		{ name: 'mean', values: [1, 2, 3, 10], kind: 'mean' as const, want: 4 },
		{ name: 'median of an even count', values: [10, 1, 3, 2], kind: 'median' as const, want: 2.5 },
		{ name: 'median of an odd count', values: [5, 1, 9], kind: 'median' as const, want: 5 },
		{ name: 'skipped NaN', values: [NaN, 2, 4], kind: 'mean' as const, want: 3 },
		{ name: 'nothing finite', values: [NaN], kind: 'median' as const, want: NaN }
	];
	it.each(cases)('$name', ({ values, kind, want }) => {
		expect(centreCut(values, kind)).toBe(want);
	});
});
