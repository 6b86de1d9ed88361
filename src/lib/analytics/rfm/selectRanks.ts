// Order statistics without a full sort: the values at the given ranks (0-based, ascending).
// Quantile edges need only a few ranks. Small-range integers (recency days, purchase counts)
// are read off a histogram; other numbers through a histogram of order-keeping keys of their
// bits (floatHistogram), and a multi-rank quickselect covers what that declines (NaN,
// infinities). Each is linear where a sort is n log n: this is what keeps scoring 100k+
// customers fast.
import { floatHistogram } from './floatHistogram';
import { floatRanks } from './floatRanks';
import { histogramRanks, int32Histogram } from './int32Histogram';

/** Values at `ranks` (each 0…n-1) of `values`, as if sorted ascending. Does not modify input. */
export function selectRanks(values: ArrayLike<number>, ranks: number[]): number[] {
	if (values instanceof Int32Array) {
		const h = int32Histogram(values);
		if (h) return histogramRanks(h, ranks);
	}
	const f = values instanceof Float64Array ? values : Float64Array.from(values);
	const fh = f.length > 0 ? floatHistogram(f) : null;
	if (fh) return floatRanks(f, fh, ranks);
	// Quickselect reorders its array: work on a copy.
	const a = f === values ? Float64Array.from(f) : f;
	const sorted = Array.from(new Set(ranks)).sort((x, y) => x - y);
	multiSelect(a, 0, a.length - 1, sorted, 0, sorted.length - 1);
	return ranks.map((r) => a[r]);
}

/** Places every rank in ranks[rLo…rHi] (ascending) at its sorted position within a[left…right]. */
function multiSelect(
	a: Float64Array,
	left: number,
	right: number,
	ranks: number[],
	rLo: number,
	rHi: number
): void {
	if (rLo > rHi || left >= right) return;
	const mid = (rLo + rHi) >> 1;
	const k = ranks[mid];
	select(a, left, right, k);
	multiSelect(a, left, k - 1, ranks, rLo, mid - 1);
	multiSelect(a, k + 1, right, ranks, mid + 1, rHi);
}

function select(a: Float64Array, left: number, right: number, k: number): void {
	while (right > left) {
		// Median of three as pivot keeps sorted and reversed inputs linear.
		const mid = (left + right) >> 1;
		if (a[mid] < a[left]) swap(a, mid, left);
		if (a[right] < a[left]) swap(a, right, left);
		if (a[right] < a[mid]) swap(a, right, mid);
		const pivot = a[mid];
		let i = left;
		let j = right;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				swap(a, i, j);
				i++;
				j--;
			}
		}
		if (k <= j) right = j;
		else if (k >= i) left = i;
		else return;
	}
}

function swap(a: Float64Array, i: number, j: number): void {
	const t = a[i];
	a[i] = a[j];
	a[j] = t;
}
