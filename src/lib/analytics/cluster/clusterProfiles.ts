// Cluster profiles in original units (days, purchases, money) and a descriptive name built
// from keys: each standardised centre coordinate beyond ±0.5 sd names the cluster's trait.
import type { CustomerMetrics } from '../customers/customerTable';
import type { KmeansResult } from './kmeans';
import type { FeatureMatrix } from './rfmFeatures';
import { sumMoney } from '../money';

export interface ClusterProfile {
	cluster: number;
	size: number;
	share: number;
	meanRecency: number | null;
	medianRecency: number | null;
	meanFrequency: number | null;
	medianFrequency: number | null;
	meanMonetary: number | null;
	medianMonetary: number | null;
	revenue: number | null;
	/** Null without amounts or when total revenue is not positive. */
	revenueShare: number | null;
	/** i18n keys under `segments.cluster.`, e.g. ['recent', 'frequent', 'highSpend']; ['typical'] if none. */
	nameParts: string[];
}

const TRAIT = 0.5;
const TRAITS: Record<string, [low: string, high: string]> = {
	recency: ['recent', 'lapsed'],
	frequency: ['infrequent', 'frequent'],
	monetary: ['lowSpend', 'highSpend']
};

function median(sorted: Float64Array): number | null {
	const n = sorted.length;
	if (n === 0) return null;
	const h = n >> 1;
	return n % 2 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}

function byCluster(values: ArrayLike<number>, assignment: Int32Array, sizes: Int32Array) {
	const groups = Array.from(sizes, (s) => new Float64Array(s));
	const fill = new Int32Array(sizes.length);
	for (let i = 0; i < assignment.length; i++)
		groups[assignment[i]][fill[assignment[i]]++] = values[i];
	return groups.map((g) => g.sort());
}

function mean(g: Float64Array): number | null {
	if (g.length === 0) return null;
	let s = 0;
	for (let i = 0; i < g.length; i++) s += g[i];
	return s / g.length;
}

export function clusterProfiles(
	table: CustomerMetrics,
	fit: KmeansResult,
	features: Pick<FeatureMatrix, 'names'>
): ClusterProfile[] {
	const n = table.length;
	const rec = byCluster(table.recency, fit.assignment, fit.sizes);
	const fre = byCluster(table.frequency, fit.assignment, fit.sizes);
	const mon = table.monetary ? byCluster(table.monetary, fit.assignment, fit.sizes) : null;
	let total = 0;
	if (table.monetary) total = sumMoney(table.monetary, n); // exact to the cent
	return Array.from({ length: fit.k }, (_, c) => {
		const nameParts: string[] = [];
		features.names.forEach((name, j) => {
			const pair = TRAITS[name];
			if (!pair) return;
			const z = fit.centers[c * fit.d + j];
			if (z <= -TRAIT) nameParts.push(pair[0]);
			else if (z >= TRAIT) nameParts.push(pair[1]);
		});
		const revenue = mon ? mon[c].reduce((s, v) => s + v, 0) : null;
		return {
			cluster: c,
			size: fit.sizes[c],
			share: fit.sizes[c] / n,
			meanRecency: mean(rec[c]),
			medianRecency: median(rec[c]),
			meanFrequency: mean(fre[c]),
			medianFrequency: median(fre[c]),
			meanMonetary: mon ? mean(mon[c]) : null,
			medianMonetary: mon ? median(mon[c]) : null,
			revenue,
			revenueShare: revenue !== null && total > 0 ? revenue / total : null,
			nameParts: nameParts.length > 0 ? nameParts : ['typical']
		};
	});
}
