// Counts per value of small-range integers (recency days, purchase counts): order statistics
// and score counts are then read off the histogram instead of a sort or a pass per question.
import { int32Max, int32Min } from '../customers/int32Max';

export interface Int32Histogram {
	min: number;
	max: number;
	/** counts[v - min] = how many values equal v. */
	counts: Int32Array;
	n: number;
}

/** Null when the array is empty or its range is much wider than its length. */
export function int32Histogram(values: Int32Array): Int32Histogram | null {
	const n = values.length;
	if (n === 0) return null;
	const min = int32Min(values);
	const max = int32Max(values);
	// A range much wider than the data would make the histogram the expensive part.
	if (max - min > 4 * n + 1024) return null;
	const counts = new Int32Array(max - min + 1);
	countValues(values, min, counts);
	return { min, max, counts, n };
}

function countValues(values: Int32Array, min: number, counts: Int32Array): void {
	for (let i = 0; i < values.length; i++) counts[values[i] - min]++;
}

/** Values at `ranks` (each 0…n-1), as if the histogram's values were sorted ascending. */
export function histogramRanks(h: Int32Histogram, ranks: number[]): number[] {
	return histogramCells(h, ranks).cell.map((c) => c + h.min);
}

/** For each rank: its cell (value - min) and its rank among the values in that cell. */
export function histogramCells(
	h: Int32Histogram,
	ranks: number[]
): { cell: number[]; within: number[] } {
	const order = ranks.map((r, k) => [r, k]).sort((x, y) => x[0] - y[0]);
	const cell = ranks.map(() => 0);
	const within = ranks.map(() => 0);
	const counts = h.counts;
	let c = 0;
	let below = 0;
	for (const [rank, k] of order) {
		while (below + counts[c] <= rank) below += counts[c++];
		cell[k] = c;
		within[k] = rank - below;
	}
	return { cell, within };
}
