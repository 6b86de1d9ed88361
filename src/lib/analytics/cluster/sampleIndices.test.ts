import { describe, expect, it } from 'vitest';
import { sampleIndices } from './sampleIndices';

describe('sampleIndices', () => {
	it('takes everything when n is small', () => {
		expect(Array.from(sampleIndices(4, 10, 1))).toEqual([0, 1, 2, 3]);
	});
	it('takes a fixed, sorted, distinct sample', () => {
		const s = sampleIndices(10_000, 2000, 7);
		expect(s.length).toBe(2000);
		expect(new Set(s).size).toBe(2000);
		expect(Array.from(s)).toEqual(Array.from(s).sort((a, b) => a - b));
		expect(Array.from(sampleIndices(10_000, 2000, 7))).toEqual(Array.from(s));
	});
});
