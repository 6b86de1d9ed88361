// Quantile of the non-missing values with linear interpolation between order statistics
// (Hyndman & Fan type 7, the default of R and NumPy). NaN when there is no value.

export function quantile(values: Float64Array, p: number): number {
	const sorted = values.filter((v) => !Number.isNaN(v)).sort();
	if (sorted.length === 0) return NaN;
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
