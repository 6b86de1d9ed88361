// Order statistics of doubles through their key histogram (floatHistogram): the histogram says
// which keys hold the asked ranks, one pass gathers the few values with those keys, and a sort
// of those settles the ranks exactly. Linear and made of short loops, so it is fast before V8
// has optimised anything (a quickselect over 100k values spends ~20 ms in the interpreter
// there, ~3 ms once optimised).
import type { FloatHistogram } from './floatHistogram';
import { histogramCells } from './int32Histogram';

/** Values at `ranks` (each 0…n-1) of `values` as if sorted ascending. */
export function floatRanks(values: Float64Array, fh: FloatHistogram, ranks: number[]): number[] {
	const { counts, min } = fh.hist;
	const at = histogramCells(fh.hist, ranks);
	// The asked keys' values, sorted, follow one another in key order.
	const asked = Array.from(new Set(at.cell)).sort((x, y) => x - y);
	const need = new Uint8Array(counts.length);
	const startOf = new Map<number, number>();
	let total = 0;
	for (const c of asked) {
		need[c] = 1;
		startOf.set(c, total);
		total += counts[c];
	}
	const sorted = new Float64Array(total);
	gatherKeyed(values, fh.keys, min, need, sorted);
	sorted.sort();
	return at.cell.map((c, k) => sorted[(startOf.get(c) as number) + at.within[k]]);
}

/** Copies, in input order, the values whose key cell is marked in `need`. */
function gatherKeyed(
	values: Float64Array,
	keys: Int32Array,
	min: number,
	need: Uint8Array,
	out: Float64Array
): void {
	let m = 0;
	for (let i = 0; i < values.length; i++) if (need[keys[i] - min] === 1) out[m++] = values[i];
}
