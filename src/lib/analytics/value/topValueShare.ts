// The data for "the top X % of customers bring Y % of value": the value share of the most
// valuable ceil(X · n) customers. Null share when total value is not positive.
export function topValueShare(
	values: ArrayLike<number>,
	customerShare: number
): { customers: number; customerShare: number; valueShare: number | null } {
	const n = values.length;
	const k = Math.min(n, Math.max(0, Math.ceil(customerShare * n - 1e-9)));
	const asc = Float64Array.from(values).sort();
	let total = 0;
	let top = 0;
	for (let i = 0; i < n; i++) {
		total += asc[i];
		if (i >= n - k) top += asc[i];
	}
	return {
		customers: k,
		customerShare: n > 0 ? k / n : 0,
		valueShare: total > 0 ? top / total : null
	};
}
