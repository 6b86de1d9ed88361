import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32';
import { sampleIndices } from './sampleIndices';

describe('mulberry32', () => {
	const seeds = [0, 1, 42, 2 ** 32 - 1];
	it.each(seeds)('seed %i repeats, stays in [0, 1) and averages about 1/2', (seed) => {
		const draw = (random: () => number) => Float64Array.from({ length: 10_000 }, () => random());
		const a = draw(mulberry32(seed));
		expect(Array.from(a)).toEqual(Array.from(draw(mulberry32(seed))));
		expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
		// Uniform mean 0.5 with sd 0.289/√10000 ≈ 0.003: a 0.02 band is > 6 sd wide.
		expect(Math.abs(a.reduce((s, x) => s + x, 0) / 10_000 - 0.5)).toBeLessThan(0.02);
	});
	it('different seeds give different streams', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});
});

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
