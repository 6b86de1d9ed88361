// k-means from several seeded k-means++ starts, keeping the lowest within-cluster sum of squares
// (scikit-learn's n_init): one start can settle in a poor local optimum and bend the elbow chart.
// Start i uses seed + i. Seeding is scikit-learn's greedy k-means++ (2 + ⌊ln k⌋ candidates per
// centre), which the plain rule of a single kmeans() call does not reach on over-split data.
import { kmeans, type KmeansResult } from './kmeans';

export const DEFAULT_STARTS = 10;

/**
 * Starts to afford on n points: scikit-learn's 10 up to 5,000 points, fewer above (at least 3)
 * so the nine elbow fits on a 20,000-customer sample stay within seconds in the worker.
 */
export function startsForSize(n: number): number {
	return Math.max(3, Math.min(DEFAULT_STARTS, Math.floor(50_000 / Math.max(1, n))));
}

export interface KmeansStartsResult extends KmeansResult {
	starts: number;
	/** Seed of the start that won. */
	bestSeed: number;
}

export function kmeansStarts(
	data: Float64Array,
	d: number,
	k: number,
	options: { seed?: number; starts?: number; maxIterations?: number; localTrials?: number } = {}
): KmeansStartsResult {
	const seed = options.seed ?? 1;
	const starts = Math.max(1, Math.floor(options.starts ?? DEFAULT_STARTS));
	const localTrials = options.localTrials ?? 2 + Math.floor(Math.log(k));
	let best: KmeansResult | null = null;
	let bestSeed = seed;
	for (let i = 0; i < starts; i++) {
		const fit = kmeans(data, d, k, {
			seed: seed + i,
			maxIterations: options.maxIterations,
			localTrials
		});
		// Strictly lower only: ties keep the earlier start, so the result does not depend on noise.
		if (!best || fit.withinSS < best.withinSS * (1 - 1e-12)) {
			best = fit;
			bestSeed = seed + i;
		}
	}
	return { ...best!, starts, bestSeed };
}
