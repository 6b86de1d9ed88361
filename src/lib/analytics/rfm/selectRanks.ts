// Order statistics without a full sort: the values at the given ranks (0-based, ascending).
// Quantile edges need only a few ranks. Small-range integers (recency days, purchase counts)
// are read off a histogram in one pass; other values use a multi-rank quickselect, linear on
// average where a sort is n log n. This is what keeps scoring 100k+ customers fast.

/** Values at `ranks` (each 0…n-1) of `values`, as if sorted ascending. Does not modify input. */
export function selectRanks(values: ArrayLike<number>, ranks: number[]): number[] {
	if (values instanceof Int32Array) {
		const viaHistogram = histogramRanks(values, ranks);
		if (viaHistogram) return viaHistogram;
	}
	const a = Float64Array.from(values);
	const sorted = Array.from(new Set(ranks)).sort((x, y) => x - y);
	multiSelect(a, 0, a.length - 1, sorted, 0, sorted.length - 1);
	return ranks.map((r) => a[r]);
}

function histogramRanks(values: Int32Array, ranks: number[]): number[] | null {
	const n = values.length;
	let min = values[0];
	let max = values[0];
	for (let i = 1; i < n; i++) {
		const v = values[i];
		if (v < min) min = v;
		else if (v > max) max = v;
	}
	// A range much wider than the data would make the histogram the expensive part.
	if (max - min > 4 * n + 1024) return null;
	const hist = new Int32Array(max - min + 1);
	for (let i = 0; i < n; i++) hist[values[i] - min]++;
	const order = ranks.map((r, k) => [r, k]).sort((x, y) => x[0] - y[0]);
	const out = new Array<number>(ranks.length);
	let v = 0;
	let below = hist[0];
	for (const [rank, k] of order) {
		while (below <= rank) below += hist[++v];
		out[k] = v + min;
	}
	return out;
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
