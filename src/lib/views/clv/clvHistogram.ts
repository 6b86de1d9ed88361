// CLV histogram bins. CLV is very skewed (a few customers are worth many times the rest), so
// the top bin is open: it collects everything above the 99th percentile instead of stretching
// the axis for a handful of customers.
import { tickStep } from 'd3';

export interface Histogram {
	/** Bin k covers [edges[k], edges[k+1]); the last bin is open when `openTop`. */
	edges: number[];
	counts: number[];
	openTop: boolean;
	/** Values left out because they are not finite (no CLV). */
	missing: number;
}

export function clvHistogram(values: ArrayLike<number>, bins = 20): Histogram {
	const v: number[] = [];
	for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) v.push(values[i]);
	const missing = values.length - v.length;
	if (!v.length) return { edges: [], counts: [], openTop: false, missing };
	v.sort((a, b) => a - b);
	const lo = v[0];
	const max = v[v.length - 1];
	const p99 = v[Math.min(v.length - 1, Math.floor(0.99 * (v.length - 1)))];
	const hi = p99 > lo ? p99 : max;
	if (!(hi > lo)) return { edges: [lo, lo], counts: [v.length], openTop: false, missing };
	const step = tickStep(lo, hi, bins);
	const start = Math.floor(lo / step) * step;
	const n = Math.max(1, Math.ceil((hi - start) / step));
	const openTop = max > start + n * step;
	const edges = Array.from({ length: n + 1 }, (_, k) => start + k * step);
	const counts = new Array<number>(n).fill(0);
	for (const x of v) counts[Math.min(n - 1, Math.floor((x - start) / step))]++;
	return { edges, counts, openTop, missing };
}
