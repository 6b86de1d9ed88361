// k-means (Lloyd) with k-means++ seeding on a row-major n × d matrix. Deterministic for a
// given seed. An emptied cluster is restarted at the point farthest from its centre.
import { SegmentsError } from '../customers/segmentsIssue';
import { mulberry32 } from '../mulberry32';

export interface KmeansResult {
	k: number;
	d: number;
	/** k × d, row-major. */
	centers: Float64Array;
	assignment: Int32Array;
	sizes: Int32Array;
	/** Sum of squared distances to the assigned centre. */
	withinSS: number;
	iterations: number;
	converged: boolean;
}

function dist2(data: Float64Array, i: number, centers: Float64Array, c: number, d: number): number {
	let s = 0;
	for (let j = 0; j < d; j++) {
		const t = data[i * d + j] - centers[c * d + j];
		s += t * t;
	}
	return s;
}

/**
 * k-means++: first centre uniform, each next one drawn with probability ∝ squared distance.
 * With localTrials > 1 (scikit-learn's greedy variant) several candidates are drawn and the one
 * that lowers the total squared distance most is kept; 1 is the plain rule, draw for draw.
 */
function seedCenters(
	data: Float64Array,
	n: number,
	d: number,
	k: number,
	random: () => number,
	localTrials = 1
) {
	const centers = new Float64Array(k * d);
	const near = new Float64Array(n).fill(Infinity);
	let pick = Math.floor(random() * n);
	const pointDist = (i: number, p: number) => {
		let s = 0;
		for (let j = 0; j < d; j++) {
			const t = data[i * d + j] - data[p * d + j];
			s += t * t;
		}
		return s;
	};
	for (let c = 0; c < k; c++) {
		for (let j = 0; j < d; j++) centers[c * d + j] = data[pick * d + j];
		if (c === k - 1) break;
		let total = 0;
		for (let i = 0; i < n; i++) {
			const s = dist2(data, i, centers, c, d);
			if (s < near[i]) near[i] = s;
			total += near[i];
		}
		// All points already on a centre (fewer distinct points than k): any point will do.
		if (total === 0) {
			pick = Math.floor(random() * n);
			continue;
		}
		let bestPotential = Infinity;
		for (let trial = 0; trial < localTrials; trial++) {
			let target = random() * total;
			let candidate = n - 1;
			for (let i = 0; i < n; i++) {
				target -= near[i];
				if (target < 0) {
					candidate = i;
					break;
				}
			}
			if (localTrials === 1) {
				pick = candidate;
				break;
			}
			let potential = 0;
			for (let i = 0; i < n; i++) potential += Math.min(near[i], pointDist(i, candidate));
			if (potential < bestPotential) {
				bestPotential = potential;
				pick = candidate;
			}
		}
	}
	return centers;
}

export function kmeans(
	data: Float64Array,
	d: number,
	k: number,
	options: { seed?: number; maxIterations?: number; localTrials?: number } = {}
): KmeansResult {
	const n = d > 0 ? data.length / d : 0;
	if (!Number.isInteger(k) || k < 1 || n < k)
		throw new SegmentsError({ code: 'too_few_customers', params: { customers: n, k } });
	const random = mulberry32(options.seed ?? 1);
	const maxIterations = options.maxIterations ?? 100;
	const centers = seedCenters(data, n, d, k, random, Math.max(1, options.localTrials ?? 1));
	const assignment = new Int32Array(n).fill(-1);
	const sizes = new Int32Array(k);
	const sums = new Float64Array(k * d);
	let iterations = 0;
	let converged = false;
	while (iterations < maxIterations) {
		iterations++;
		let changed = 0;
		for (let i = 0; i < n; i++) {
			let best = 0;
			let bestD = Infinity;
			for (let c = 0; c < k; c++) {
				const s = dist2(data, i, centers, c, d);
				if (s < bestD) {
					bestD = s;
					best = c;
				}
			}
			if (assignment[i] !== best) {
				assignment[i] = best;
				changed++;
			}
		}
		if (changed === 0) {
			converged = true;
			break;
		}
		sizes.fill(0);
		sums.fill(0);
		for (let i = 0; i < n; i++) {
			const c = assignment[i];
			sizes[c]++;
			for (let j = 0; j < d; j++) sums[c * d + j] += data[i * d + j];
		}
		for (let c = 0; c < k; c++) {
			if (sizes[c] === 0) {
				restartEmpty(data, n, d, centers, assignment, c);
				continue;
			}
			for (let j = 0; j < d; j++) centers[c * d + j] = sums[c * d + j] / sizes[c];
		}
	}
	sizes.fill(0);
	let withinSS = 0;
	for (let i = 0; i < n; i++) {
		sizes[assignment[i]]++;
		withinSS += dist2(data, i, centers, assignment[i], d);
	}
	return { k, d, centers, assignment, sizes, withinSS, iterations, converged };
}

function restartEmpty(
	data: Float64Array,
	n: number,
	d: number,
	centers: Float64Array,
	assignment: Int32Array,
	c: number
) {
	let far = -1;
	let farD = 0;
	for (let i = 0; i < n; i++) {
		const s = dist2(data, i, centers, assignment[i], d);
		if (s > farD) {
			farD = s;
			far = i;
		}
	}
	if (far >= 0) for (let j = 0; j < d; j++) centers[c * d + j] = data[far * d + j];
}
