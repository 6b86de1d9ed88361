// Mean of y at each level of x (x rounded to the nearest multiple of binWidth), with a 95 %
// t interval, for plotting loyalty per satisfaction level. Levels without data are omitted.
import { tCritical95 } from './tCritical95';

export interface Bin {
	/** Bin centre on the x scale. */
	level: number;
	n: number;
	mean: number;
	/** Sample standard deviation; null for a single answer. */
	sd: number | null;
	/** mean ± t(0.975, n − 1) sd / √n; null for a single answer. */
	ci95: [number, number] | null;
}

export function binnedMeans(x: Float64Array, y: Float64Array, binWidth = 1): Bin[] {
	const acc = new Map<number, { n: number; sum: number; sumSq: number }>();
	for (let i = 0; i < x.length; i++) {
		const a = x[i];
		const b = y[i];
		if (Number.isNaN(a) || Number.isNaN(b)) continue;
		const k = Math.round(a / binWidth);
		let s = acc.get(k);
		if (!s) acc.set(k, (s = { n: 0, sum: 0, sumSq: 0 }));
		s.n++;
		s.sum += b;
		s.sumSq += b * b;
	}
	return [...acc.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([k, { n, sum, sumSq }]) => {
			const mean = sum / n;
			if (n < 2) return { level: k * binWidth, n, mean, sd: null, ci95: null };
			const sd = Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
			const half = (tCritical95(n - 1) * sd) / Math.sqrt(n);
			return { level: k * binWidth, n, mean, sd, ci95: [mean - half, mean + half] };
		});
}
