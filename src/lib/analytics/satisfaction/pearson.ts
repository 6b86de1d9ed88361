// Pearson correlation over the pairs where both values are present (pairwise deletion).
// r is null when fewer than 3 pairs or either side does not vary.

export interface Correlation {
	r: number | null;
	/** Complete pairs used. */
	n: number;
}

export function pearson(x: Float64Array, y: Float64Array): Correlation {
	let n = 0;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < x.length; i++) {
		const a = x[i];
		const b = y[i];
		if (Number.isNaN(a) || Number.isNaN(b)) continue;
		n++;
		// Running means keep large sums of similar values accurate.
		mx += (a - mx) / n;
		my += (b - my) / n;
	}
	if (n < 3) return { r: null, n };
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		const a = x[i];
		const b = y[i];
		if (Number.isNaN(a) || Number.isNaN(b)) continue;
		sxy += (a - mx) * (b - my);
		sxx += (a - mx) ** 2;
		syy += (b - my) ** 2;
	}
	if (sxx === 0 || syy === 0) return { r: null, n };
	return { r: sxy / Math.sqrt(sxx * syy), n };
}
