// One call for the clustering view: features, k-means with a fixed seed, and profiles.
import type { CustomerMetrics } from '../customers/customerTable';
import type { SegmentsIssue } from '../customers/segmentsIssue';
import { clusterProfiles, type ClusterProfile } from './clusterProfiles';
import { kmeans } from './kmeans';
import { rfmFeatures } from './rfmFeatures';

export interface RfmClusters {
	k: number;
	seed: number;
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
	}
): RfmClusters {
	const seed = options.seed ?? 1;
	const features = rfmFeatures(table, options);
	const fit = kmeans(features.data, features.d, options.k, { seed });
	return {
		k: options.k,
		seed,
		features: features.names,
		centers: fit.centers,
		assignment: fit.assignment,
		withinSS: fit.withinSS,
		converged: fit.converged,
		profiles: clusterProfiles(table, fit, features),
		issues: features.issues
	};
}
