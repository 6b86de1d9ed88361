// Mean silhouette width (Rousseeuw 1987) over the points `indices` (all when omitted), using
// Euclidean distances among those points only. A point alone in its cluster scores 0.
export function silhouette(
	data: Float64Array,
	d: number,
	assignment: Int32Array,
	k: number,
	indices?: Int32Array
): number {
	const idx = indices ?? Int32Array.from({ length: assignment.length }, (_, i) => i);
	const m = idx.length;
	const size = new Int32Array(k);
	for (let p = 0; p < m; p++) size[assignment[idx[p]]]++;
	const sumTo = new Float64Array(k);
	let total = 0;
	for (let p = 0; p < m; p++) {
		const i = idx[p];
		sumTo.fill(0);
		for (let q = 0; q < m; q++) {
			if (q === p) continue;
			const j = idx[q];
			let s = 0;
			for (let t = 0; t < d; t++) {
				const u = data[i * d + t] - data[j * d + t];
				s += u * u;
			}
			sumTo[assignment[j]] += Math.sqrt(s);
		}
		const own = assignment[i];
		if (size[own] <= 1) continue;
		const a = sumTo[own] / (size[own] - 1);
		let b = Infinity;
		for (let c = 0; c < k; c++) if (c !== own && size[c] > 0) b = Math.min(b, sumTo[c] / size[c]);
		if (b === Infinity) continue;
		const denom = Math.max(a, b);
		total += denom > 0 ? (b - a) / denom : 0;
	}
	return m > 0 ? total / m : 0;
}
