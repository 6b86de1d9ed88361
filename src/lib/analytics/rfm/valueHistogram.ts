// Equal-width histogram of raw values with readable bar edges. A long right tail (one customer
// with 500 orders) would squash every other bar, so values past the `clip` quantile share one
// open-ended last bar.
import { niceStep } from '../attributes/niceStep';
import { quantileSorted } from './quantileSorted';

export interface HistogramBar {
	/** [x0, x1): x0 inclusive, x1 exclusive; the overflow bar runs to the maximum inclusive. */
	x0: number;
	x1: number;
	count: number;
	overflow: boolean;
}

export function valueHistogram(
	values: ArrayLike<number>,
	options: { targetBars?: number; clip?: number } = {}
): HistogramBar[] {
	const n = values.length;
	if (n === 0) return [];
	const target = options.targetBars ?? 20;
	const clip = options.clip ?? 0.99;
	const sorted = Float64Array.from(values).sort();
	const min = sorted[0];
	const max = sorted[n - 1];
	const top = clip >= 1 ? max : quantileSorted(sorted, clip);
	let integers = true;
	for (let i = 0; i < n && integers; i++) integers = Number.isInteger(sorted[i]);
	let step: number;
	let start: number;
	if (integers && top - min + 1 <= target * 1.5) {
		step = 1;
		start = min;
	} else {
		step = Math.max(niceStep(top - min, target), integers ? 1 : 0);
		start = Math.floor(min / step) * step;
	}
	const bars = Math.max(1, Math.floor((top - start) / step) + 1);
	const counts = new Float64Array(bars + 1);
	for (let i = 0; i < n; i++) {
		const k = Math.floor((sorted[i] - start) / step);
		counts[k < bars ? k : bars]++;
	}
	// Round edges to the step's decimals so 0.1 steps print as 0.3, not 0.30000000000000004.
	const decimals = Math.max(0, -Math.floor(Math.log10(step)));
	const edge = (k: number) => Number((start + k * step).toFixed(decimals));
	const out: HistogramBar[] = [];
	for (let k = 0; k < bars; k++)
		out.push({ x0: edge(k), x1: edge(k + 1), count: counts[k], overflow: false });
	if (counts[bars] > 0) out.push({ x0: edge(bars), x1: max, count: counts[bars], overflow: true });
	return out;
}
