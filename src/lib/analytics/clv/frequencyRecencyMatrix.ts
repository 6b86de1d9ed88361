// Expected purchases and P(alive) over a grid of frequency x and recency t_x at one age T — the
// classic BTYD heat maps. Row x = 0 has no recency; it repeats the value at t_x = 0.
import type { TransactionModel } from './clvTypes';
import { conditionalPurchases, probabilityAlive } from './transactionPredict';

export interface FrequencyRecencyMatrix {
	/** 0..maxX */
	x: Float64Array;
	/** recency grid 0..T */
	tx: Float64Array;
	/** Row-major [x][t_x]: expected purchases in the next `horizon` units. */
	expected: Float64Array;
	pAlive: Float64Array;
}

export function frequencyRecencyMatrix(
	m: TransactionModel,
	o: { maxX: number; T: number; horizon: number; recencySteps?: number }
): FrequencyRecencyMatrix {
	const nx = Math.max(0, Math.floor(o.maxX)) + 1;
	const steps = Math.max(1, o.recencySteps ?? 20);
	const x = Float64Array.from({ length: nx }, (_, i) => i);
	const tx = Float64Array.from({ length: steps + 1 }, (_, j) => (o.T * j) / steps);
	const expected = new Float64Array(nx * tx.length);
	const pAlive = new Float64Array(nx * tx.length);
	for (let i = 0; i < nx; i++)
		for (let j = 0; j < tx.length; j++) {
			const r = i === 0 ? 0 : tx[j];
			expected[i * tx.length + j] = conditionalPurchases(m, i, r, o.T, o.horizon);
			pAlive[i * tx.length + j] = probabilityAlive(m, i, r, o.T);
		}
	return { x, tx, expected, pAlive };
}
