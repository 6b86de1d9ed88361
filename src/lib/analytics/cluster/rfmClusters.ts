// One call for the clustering view: features, k-means from several seeded starts, and profiles.
import type { CustomerMetrics } from '../customers/customerTable';
import type { SegmentsIssue } from '../customers/segmentsIssue';
import { clusterProfiles, type ClusterProfile } from './clusterProfiles';
import { DEFAULT_STARTS, kmeansStarts } from './kmeansStarts';
import { rfmFeatures } from './rfmFeatures';

export interface RfmClusters {
	k: number;
	seed: number;
	starts: number;
	features: string[];
	/** Standardised centres, k × features.length. */
	centers: Float64Array;
	assignment: Int32Array;
	withinSS: number;
	converged: boolean;
	profiles: ClusterProfile[];
	issues: SegmentsIssue[];
}

export function rfmClusters(
	table: CustomerMetrics,
	options: {
		k: number;
		seed?: number;
		monetary?: 'total' | 'average';
		extra?: Record<string, Float64Array>;
		starts?: number;
	}
): RfmClusters {
	const seed = options.seed ?? 1;
	const features = rfmFeatures(table, options);
	const starts = options.starts ?? DEFAULT_STARTS;
	const fit = kmeansStarts(features.data, features.d, options.k, { seed, starts });
	return {
		k: options.k,
		seed,
		starts,
		features: features.names,
		centers: fit.centers,
		assignment: fit.assignment,
		withinSS: fit.withinSS,
		converged: fit.converged,
		profiles: clusterProfiles(table, fit, features),
		issues: features.issues
	};
}
