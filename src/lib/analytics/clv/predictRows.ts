// Predictions for every unique (x, t_x, T) row at once. E[Y(t) | x, t_x, T] = P(alive) · g(x, T, t)
// for each model here, and g — the expensive part (a hypergeometric function per horizon) — does
// not depend on t_x, so it is computed once per distinct (x, T): on CDNOW master that is a
// fraction of the rows, times the 1 + months horizons of a CLV.
import { discountedIfAlive, type ClvForecastOptions } from './clvForecast';
import type { TransactionModel, TransactionRows } from './clvTypes';
import { conditionalIfAlive, probabilityAlive } from './transactionPredict';

export interface RowPredictions {
	/** E[Y(horizon) | row]. */
	expected: Float64Array;
	/** P(alive | row). */
	alive: Float64Array;
	/** Discounted expected purchases over the forecast's calendar months (CLV per unit spend). */
	discounted: Float64Array;
}

export function predictRows(
	m: TransactionModel,
	rows: TransactionRows,
	horizon: number,
	forecast: ClvForecastOptions
): RowPredictions {
	const n = rows.length;
	const out: RowPredictions = {
		expected: new Float64Array(n),
		alive: new Float64Array(n),
		discounted: new Float64Array(n)
	};
	const shared = new Map<number, Map<number, [number, number]>>();
	for (let i = 0; i < n; i++) {
		const x = rows.x[i];
		const T = rows.T[i];
		let byT = shared.get(x);
		if (!byT) shared.set(x, (byT = new Map()));
		let g = byT.get(T);
		if (!g) {
			g = [conditionalIfAlive(m, x, T, horizon), discountedIfAlive(m, x, T, forecast)];
			byT.set(T, g);
		}
		const alive = probabilityAlive(m, x, rows.tx[i], T);
		out.alive[i] = alive;
		out.expected[i] = alive * g[0];
		out.discounted[i] = alive * g[1];
	}
	return out;
}
