// Scores finite doubles (money) through the histogram of their order-keeping keys, as
// scoreIntegers does for days and counts: only values that share a key with an edge are
// compared with the edges.
import { type FloatHistogram, floatKey } from './floatHistogram';
import { edgesBelow } from './scoreByEdges';
import { scoreByLookup } from './scoreByLookup';
import { scoreOf, type ScoreOutput } from './scoreOf';

/**
 * Finite doubles through the histogram of their keys (floatHistogram). A key below an edge's
 * key holds only values below the edge, a key above it only values above; so every key but the
 * edges' own has one score, looked up per customer by the loop R and F use. Values sharing a
 * key with an edge are compared with the edges one by one. The smallest and largest value per
 * score are order statistics: the first and last rank of each score's run.
 */
export function scoreFloats(
	values: Float64Array,
	fh: FloatHistogram,
	edges: number[],
	reversed: boolean,
	out: ScoreOutput,
	select: (ranks: number[]) => number[]
): void {
	const bins = edges.length + 1;
	const { counts } = fh.hist;
	const span = counts.length;
	const lookup = new Uint8Array(span);
	let from = 0;
	for (let k = 0; k < bins; k++) {
		// Cells from `from` to edge k's cell have exactly k edges below their values; 0 marks the
		// edge's own cell, whose values may fall either side.
		// An edge of -0 compares as 0 (-0 < 0 is false), so it takes the key of 0.
		const c = k < edges.length ? floatKey(edges[k] === 0 ? 0 : edges[k]) - fh.hist.min : span;
		lookup.fill(scoreOf(k, bins, reversed), from, Math.max(from, Math.min(c, span)));
		if (c >= 0 && c < span && k < edges.length) lookup[c] = 0;
		from = Math.max(from, c + 1);
	}
	const { scores, count, min, max } = out;
	scoreByLookup(fh.keys, fh.hist.min, lookup, scores);
	// Counts: the unambiguous cells' from the histogram, the others' as they are scored.
	for (let c = 0; c < span; c++) if (lookup[c] !== 0) count[lookup[c]] += counts[c];
	const score = (below: number) => scoreOf(below, bins, reversed);
	scoreAmbiguous(values, Float64Array.from(edges), score, scores, count);

	// Scores in ascending order of values, and the ranks where each one's run starts and ends.
	const ranks: number[] = [];
	const ranked: number[] = [];
	let start = 0;
	for (let p = 1; p <= bins; p++) {
		const s = scoreOf(p - 1, bins, reversed);
		if (count[s] === 0) continue;
		ranks.push(start, start + count[s] - 1);
		ranked.push(s);
		start += count[s];
	}
	const at = select(ranks);
	ranked.forEach((s, k) => {
		min[s] = at[2 * k];
		max[s] = at[2 * k + 1];
	});
}

/** Scores (and counts) the values the lookup left at 0; small, so V8 optimises it at once. */
function scoreAmbiguous(
	values: Float64Array,
	edges: Float64Array,
	score: (below: number) => number,
	scores: Uint8Array,
	count: Int32Array
): void {
	for (let i = 0; i < values.length; i++) {
		if (scores[i] !== 0) continue;
		const s = score(edgesBelow(edges, values[i]));
		scores[i] = s;
		count[s]++;
	}
}
