// Customer indices from the highest value down; equal values keep their table order so the
// ranking (and every tier cut) is reproducible. Built on the native numeric sort plus a
// binary search per customer, several times faster than sorting indices with a comparator.
// Missing values (NaN) rank last.

export function orderByValue(values: ArrayLike<number>): Int32Array {
	const n = values.length;
	const v = new Float64Array(n);
	for (let i = 0; i < n; i++) v[i] = values[i] === values[i] ? values[i] : -Infinity;
	const asc = Float64Array.from(v).sort();
	// taken[g]: customers already placed in the block of equal values that starts at rank g.
	const taken = new Int32Array(n);
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const x = v[i];
		let lo = 0;
		let hi = n;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (asc[mid] <= x) lo = mid + 1;
			else hi = mid;
		}
		const greater = n - lo;
		order[greater + taken[greater]++] = i;
	}
	return order;
}
