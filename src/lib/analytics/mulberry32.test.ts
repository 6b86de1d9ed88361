import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32';

const reference = JSON.parse(readFileSync('tests/fixtures/reference/mulberry32.json', 'utf8')) as {
	cases: { seed: number; words: number[] }[];
};

describe('mulberry32', () => {
	// The first five words of the published C version (tests/fixtures/reference/mulberry32.c),
	// so a slip in the port (a lost `>>> 0`, a swapped shift) fails here, not only in snapshots.
	it.each(reference.cases)('seed $seed gives the C reference words / 2^32', ({ seed, words }) => {
		const random = mulberry32(seed);
		expect(words.map(() => random())).toEqual(words.map((w) => w / 2 ** 32));
	});
	it('checked by hand: seed 1 starts at 2693262067 / 2^32', () => {
		expect(mulberry32(1)()).toBe(0.6270739405881613);
	});

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
