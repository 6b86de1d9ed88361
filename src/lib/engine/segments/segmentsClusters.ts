// Clusters of behaviour for the view: the elbow and silhouette for k = 2…10 (on a seeded sample
// when the data are large), k-means on every customer at the chosen k, profiles in original
// units, and a sample of customers for the scatter. Clusters are numbered by value, largest
// mean spend first (or most frequent without amounts), so the numbering is stable.
import type { CustomerMetrics } from '../../analytics/customers/customerTable';
import { SegmentsError } from '../../analytics/customers/segmentsIssue';
import { kmeansElbow } from '../../analytics/cluster/kmeansElbow';
import { rfmClusters } from '../../analytics/cluster/rfmClusters';
import { rfmFeatures } from '../../analytics/cluster/rfmFeatures';
import { sampleIndices } from '../../analytics/cluster/sampleIndices';
import { startsForSize } from '../../analytics/cluster/kmeansStarts';
import type { AnalysisContext } from '../context';
import { memo } from './segmentsMemo';
import { segmentsModel } from './segmentsModel';
import { asProblem } from './segmentsProblem';
import type { ClustersView } from './segmentsResult';
import { readSettings } from './segmentsSettings';

const ELBOW_SAMPLE = 20_000;
const SCATTER_SAMPLE = 20_000;
const SEED = 1;

/**
 * The k shown first: the best mean silhouette from k = 3 up. Two clusters often score highest
 * but only split active from lapsed customers, too coarse to find typical groups; the elbow
 * and silhouette charts show every k, and the user can pick 2.
 */
export function defaultK(points: { k: number; silhouette: number }[]): number {
	let best: { k: number; silhouette: number } | null = null;
	for (const p of points) if (p.k >= 3 && (!best || p.silhouette > best.silhouette)) best = p;
	return best?.k ?? points[0]?.k ?? 2;
}

export interface OrderedClusters {
	k: number;
	assignment: Int32Array;
	profiles: ClustersView['profiles'];
	converged: boolean;
	withinSS: number;
	features: string[];
}

/** k-means at k with clusters renumbered by mean spend (or frequency), cached per table. */
export function orderedClusters(
	owner: object,
	table: CustomerMetrics,
	monetary: 'total' | 'average',
	k: number
): OrderedClusters {
	return memo(owner, `clusters|${table.asOf}|${monetary}|${k}`, () => {
		const fit = rfmClusters(table, {
			k,
			seed: SEED,
			monetary,
			starts: startsForSize(table.length)
		});
		const rank = fit.profiles
			.map((p) => p.cluster)
			.sort((a, b) => {
				const pa = fit.profiles[a];
				const pb = fit.profiles[b];
				return (
					(pb.meanMonetary ?? pb.meanFrequency ?? 0) - (pa.meanMonetary ?? pa.meanFrequency ?? 0) ||
					a - b
				);
			});
		const newId = new Int32Array(k);
		rank.forEach((old, i) => (newId[old] = i));
		const assignment = fit.assignment.map((c) => newId[c]);
		const profiles = rank.map((old, i) => ({ ...fit.profiles[old], cluster: i }));
		return {
			k,
			assignment,
			profiles,
			converged: fit.converged,
			withinSS: fit.withinSS,
			features: fit.features
		};
	});
}

export async function segmentsClusters(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClustersView> {
	return asProblem(async () => {
		const settings = readSettings(params);
		const m = await segmentsModel(ctx, settings);
		const { table, owner } = m;
		const n = table.length;
		if (n < 3)
			throw new SegmentsError({ code: 'too_few_customers', params: { customers: n, k: 2 } });
		const monetary = settings.monetary;
		const features = memo(owner, `features|${m.asOf}|${monetary}`, () =>
			rfmFeatures(table, { monetary })
		);
		const elbow = memo(owner, `elbow|${m.asOf}|${monetary}`, () => {
			const rows = sampleIndices(n, ELBOW_SAMPLE, SEED);
			const d = features.d;
			const data = new Float64Array(rows.length * d);
			rows.forEach((i, r) => data.set(features.data.subarray(i * d, i * d + d), r * d));
			return {
				customers: rows.length,
				...kmeansElbow(
					{ n: rows.length, d, data },
					{ seed: SEED, starts: startsForSize(rows.length) }
				)
			};
		});
		const kMax = Math.min(10, n - 1);
		const asked = typeof params.k === 'number' && Number.isInteger(params.k) ? params.k : null;
		const k = asked !== null && asked >= 2 && asked <= kMax ? asked : defaultK(elbow.points);
		const fit = orderedClusters(owner, table, monetary, k);
		const rows = sampleIndices(n, SCATTER_SAMPLE, SEED + 6);
		const mValues = monetary === 'average' ? table.average : table.monetary;
		const pick = (src: ArrayLike<number>) => Float64Array.from(rows, (i) => src[i]);
		return {
			customers: n,
			features: fit.features,
			elbow: elbow.points,
			elbowCustomers: elbow.customers,
			silhouetteSample: elbow.sampled,
			starts: elbow.starts,
			bestK: elbow.bestSilhouetteK,
			k,
			converged: fit.converged,
			withinSS: fit.withinSS,
			profiles: fit.profiles,
			scatter: {
				ids: Array.from(rows, (i) => table.ids[i]),
				recency: pick(table.recency),
				frequency: pick(table.frequency),
				monetary: mValues ? pick(mValues) : null,
				cluster: Int32Array.from(rows, (i) => fit.assignment[i])
			},
			issues: [...features.issues, ...elbow.issues]
		};
	});
}
