// Scores small-range integers (recency days, purchase counts) through their histogram: a score
// per value of the range, one lookup per customer, and the per-score counts and ranges read off
// the histogram instead of off the customers.
import type { Int32Histogram } from './int32Histogram';
import { scoreByLookup } from './scoreByLookup';
import { scoreOf, type ScoreOutput } from './scoreOf';

/**
 * Integer values through a score per value of the histogram's range. A value v has edge e
 * below it exactly when v >= floor(e) + 1, so each score is a run of the range.
 */
export function scoreIntegers(
	values: Int32Array,
	hist: Int32Histogram,
	edges: number[],
	reversed: boolean,
	out: ScoreOutput
): void {
	const bins = edges.length + 1;
	const span = hist.counts.length;
	const lookup = new Uint8Array(span);
	let from = 0;
	for (let k = 0; k < bins; k++) {
		const to =
			k < edges.length ? Math.min(span, Math.max(from, Math.floor(edges[k]) + 1 - hist.min)) : span;
		lookup.fill(scoreOf(k, bins, reversed), from, to);
		from = to;
	}
	const { count, min, max } = out;
	for (let v = 0; v < span; v++) {
		const c = hist.counts[v];
		if (c === 0) continue;
		const s = lookup[v];
		count[s] += c;
		if (v + hist.min < min[s]) min[s] = v + hist.min;
		max[s] = v + hist.min;
	}
	scoreByLookup(values, hist.min, lookup, out.scores);
}
