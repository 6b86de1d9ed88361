// Scores any numbers by comparing each with every edge: the path for what the histograms decline
// (NaN, infinities, values spread too wide), and the exact test for values next to an edge.
import { scoreOf, type ScoreOutput } from './scoreOf';

/** Any values against the edges, each compared with every edge (NaN has none below). */
export function scoreByEdges(
	values: Float64Array,
	edges: number[],
	reversed: boolean,
	out: ScoreOutput
): void {
	const { scores, count, min, max } = out;
	const bins = edges.length + 1;
	const e = Float64Array.from(edges);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		const s = scoreOf(edgesBelow(e, v), bins, reversed);
		scores[i] = s;
		count[s]++;
		if (v < min[s]) min[s] = v;
		if (v > max[s]) max[s] = v;
	}
}

/** How many edges are strictly below v. */
export function edgesBelow(edges: Float64Array, v: number): number {
	let below = 0;
	for (let k = 0; k < edges.length; k++) below += +(edges[k] < v);
	return below;
}
