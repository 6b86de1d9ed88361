// Interior quantile edges for scoring, type 7 (linear interpolation) so they match what R's
// quantile() prints. Works on unsorted values: only the 2(bins-1) ranks needed are selected.
import { selectRanks } from './selectRanks';

/**
 * Edges at p = 1/bins … (bins-1)/bins of `values` (length >= 1). `select` answers the order
 * statistics; a caller that already holds a histogram of the values passes its own.
 */
export function quantileEdges(
	values: ArrayLike<number>,
	bins: number,
	select: (ranks: number[]) => number[] = (ranks) => selectRanks(values, ranks)
): number[] {
	const n = values.length;
	const h = Array.from({ length: bins - 1 }, (_, k) => ((n - 1) * (k + 1)) / bins);
	const ranks = h.flatMap((x) => [Math.floor(x), Math.min(Math.floor(x) + 1, n - 1)]);
	const at = select(ranks);
	return h.map((x, k) => at[2 * k] + (x - Math.floor(x)) * (at[2 * k + 1] - at[2 * k]));
}
