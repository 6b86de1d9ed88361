// P(alive) of one customer over their own history: it decays between purchases and jumps at each
// one. Purchase times are in model units since the first purchase (0 first).
import type { TransactionModel } from './clvTypes';
import { probabilityAlive } from './transactionPredict';

export interface PAliveHistory {
	t: Float64Array;
	pAlive: Float64Array;
}

/**
 * Evaluated on a grid of `step` units up to `until`, plus just before and at every repeat
 * purchase so the jumps show. Times repeat (before/after) at purchase instants.
 */
export function pAliveHistory(
	m: TransactionModel,
	purchaseTimes: ArrayLike<number>,
	until: number,
	step = 1
): PAliveHistory {
	const repeats = Array.from(purchaseTimes)
		.filter((v) => v > 0 && v <= until)
		.sort((p, q) => p - q);
	const points: [number, number][] = []; // [time, purchases counted]
	let j = 0;
	const nSteps = step > 0 ? Math.floor(until / step + 1e-9) : 0;
	for (let k = 0; k <= nSteps; k++) {
		const t = k * step;
		while (j < repeats.length && repeats[j] <= t) {
			points.push([repeats[j], j], [repeats[j], j + 1]);
			j++;
		}
		if (!points.length || points[points.length - 1][0] !== t) points.push([t, j]);
	}
	while (j < repeats.length) {
		points.push([repeats[j], j], [repeats[j], j + 1]);
		j++;
	}
	if (points[points.length - 1][0] < until) points.push([until, j]);
	const t = new Float64Array(points.length);
	const pAlive = new Float64Array(points.length);
	points.forEach(([time, x], i) => {
		t[i] = time;
		pAlive[i] = probabilityAlive(m, x, x > 0 ? repeats[x - 1] : 0, time);
	});
	return { t, pAlive };
}
