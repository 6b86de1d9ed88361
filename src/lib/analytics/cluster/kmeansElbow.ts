// Model choice for k: within-cluster sum of squares (the elbow) and the mean silhouette for
// k = kMin…kMax, each k-means the best of several seeded starts (a single start bends the elbow
// where it lands in a poor optimum). Silhouette is quadratic in n: a seeded sample of ≤ 2000 points.
import type { SegmentsIssue } from '../customers/segmentsIssue';
import { DEFAULT_STARTS, kmeansStarts } from './kmeansStarts';
import type { FeatureMatrix } from './rfmFeatures';
import { sampleIndices } from './sampleIndices';
import { silhouette } from './silhouette';

export interface ElbowPoint {
	k: number;
	withinSS: number;
	silhouette: number;
}

export function kmeansElbow(
	features: Pick<FeatureMatrix, 'n' | 'd' | 'data'>,
	options: {
		kMin?: number;
		kMax?: number;
		seed?: number;
		sampleSize?: number;
		starts?: number;
	} = {}
): {
	points: ElbowPoint[];
	sampled: number;
	/** k-means starts per k. */
	starts: number;
	bestSilhouetteK: number | null;
	issues: SegmentsIssue[];
} {
	const seed = options.seed ?? 1;
	const starts = options.starts ?? DEFAULT_STARTS;
	const kMin = Math.max(2, options.kMin ?? 2);
	// Silhouette needs at least one cluster with two points: k <= n - 1.
	const kMax = Math.min(options.kMax ?? 10, features.n - 1);
	const sample = sampleIndices(features.n, options.sampleSize ?? 2000, seed);
	const points: ElbowPoint[] = [];
	for (let k = kMin; k <= kMax; k++) {
		const fit = kmeansStarts(features.data, features.d, k, { seed, starts });
		points.push({
			k,
			withinSS: fit.withinSS,
			silhouette: silhouette(features.data, features.d, fit.assignment, k, sample)
		});
	}
	let best: ElbowPoint | null = null;
	for (const p of points) if (!best || p.silhouette > best.silhouette) best = p;
	const issues: SegmentsIssue[] =
		points.length === 0
			? [{ code: 'too_few_customers', params: { customers: features.n, k: kMin } }]
			: [];
	return { points, sampled: sample.length, starts, bestSilhouetteK: best ? best.k : null, issues };
}
