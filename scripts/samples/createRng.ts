// Seeded pseudo-random numbers for the sample generator. The same seed gives the same files on
// every machine, so the bundled samples can be regenerated and checked byte for byte.
import { mulberry32 } from '../../src/lib/analytics/mulberry32';

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	uniform(lo: number, hi: number): number;
	/** Integer in [lo, hi], both ends included. */
	int(lo: number, hi: number): number;
	normal(mean?: number, sd?: number): number;
	poisson(lambda: number): number;
	bernoulli(p: number): boolean;
	/** Index drawn with probability proportional to `weights`. */
	pick(weights: readonly number[]): number;
}

/** Mixes a seed with stream and item numbers so every customer gets its own independent stream. */
export function mixSeed(...parts: number[]): number {
	let h = 0x811c9dc5;
	for (const part of parts) {
		h = Math.imul(h ^ (part >>> 0), 0x01000193) >>> 0;
		h ^= h >>> 15;
		h = Math.imul(h, 0x2c1b3c6d) >>> 0;
		h ^= h >>> 12;
	}
	return h >>> 0;
}

/** mulberry32 (T. Ettinger): one 32-bit word of state, fast, good enough for simulated data. */
export function createRng(seed: number): Rng {
	const next = mulberry32(seed);
	const normal = (mean = 0, sd = 1): number => {
		// Box–Muller; 1 - u keeps the logarithm finite.
		const u = 1 - next();
		const v = next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	};
	const poisson = (lambda: number): number => {
		if (!(lambda > 0)) return 0;
		if (lambda > 30) return Math.max(0, Math.round(normal(lambda, Math.sqrt(lambda))));
		// Knuth's product of uniforms: fine for the small monthly rates used here.
		const limit = Math.exp(-lambda);
		let k = 0;
		let p = next();
		while (p > limit) {
			k++;
			p *= next();
		}
		return k;
	};
	return {
		next,
		uniform: (lo, hi) => lo + (hi - lo) * next(),
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		normal,
		poisson,
		bernoulli: (p) => next() < p,
		pick: (weights) => {
			let total = 0;
			for (const w of weights) total += w;
			let r = next() * total;
			for (let i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) return i;
			}
			return weights.length - 1;
		}
	};
}
