import { describe, expect, it } from 'vitest';
import { createRng, mixSeed } from './createRng';

const draws = (seed: number, n: number) => {
	const rng = createRng(seed);
	return Array.from({ length: n }, () => rng.next());
};
const meanVar = (xs: number[]) => {
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	return [m, xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1)];
};
const N = 200_000;

describe('createRng', () => {
	it('repeats the same sequence for the same seed and differs for another', () => {
		expect(draws(42, 50)).toEqual(draws(42, 50));
		expect(draws(42, 50)).not.toEqual(draws(43, 50));
	});

	it('stays in [0, 1)', () => {
		const xs = draws(7, N);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
	});

	// Moments of the textbook distributions: U(0,1) has mean 1/2 and variance 1/12; a standard
	// normal 0 and 1; a Poisson(λ) has mean and variance λ. Tolerances are ~5 standard errors.
	const cases = [
		{
			name: 'uniform',
			draw: (r: ReturnType<typeof createRng>) => r.next(),
			mean: 0.5,
			variance: 1 / 12
		},
		{ name: 'normal', draw: (r: ReturnType<typeof createRng>) => r.normal(), mean: 0, variance: 1 },
		{
			name: 'normal(3, 2)',
			draw: (r: ReturnType<typeof createRng>) => r.normal(3, 2),
			mean: 3,
			variance: 4
		},
		{
			name: 'poisson(0.4)',
			draw: (r: ReturnType<typeof createRng>) => r.poisson(0.4),
			mean: 0.4,
			variance: 0.4
		},
		{
			name: 'poisson(6)',
			draw: (r: ReturnType<typeof createRng>) => r.poisson(6),
			mean: 6,
			variance: 6
		},
		{
			name: 'poisson(50)',
			draw: (r: ReturnType<typeof createRng>) => r.poisson(50),
			mean: 50,
			variance: 50
		}
	];
	it.each(cases)('$name has the textbook mean and variance', ({ draw, mean, variance }) => {
		const rng = createRng(2024);
		const [m, v] = meanVar(Array.from({ length: N }, () => draw(rng)));
		expect(Math.abs(m - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
		expect(Math.abs(v / variance - 1)).toBeLessThan(0.03);
	});

	it('int covers both ends and pick follows the weights', () => {
		const rng = createRng(5);
		const ints = new Set(Array.from({ length: 1000 }, () => rng.int(3, 6)));
		expect([...ints].sort()).toEqual([3, 4, 5, 6]);
		// Weights 1:3 give shares 1/4 and 3/4.
		const picks = Array.from({ length: N }, () => rng.pick([1, 3]));
		const share = picks.filter((p) => p === 1).length / N;
		expect(Math.abs(share - 0.75)).toBeLessThan(0.005);
		expect(rng.poisson(0)).toBe(0);
	});

	it('mixSeed gives different streams for different parts', () => {
		const seeds = new Set<number>();
		for (let stream = 0; stream < 5; stream++)
			for (let i = 0; i < 2000; i++) seeds.add(mixSeed(1, stream, i));
		expect(seeds.size).toBe(10_000);
		expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
	});
});
