import { describe, expect, it } from 'vitest';
import { clvForecast } from './clvForecast';
import type { TransactionModel } from './clvTypes';
import { groupTransactionRows } from './groupRows';
import { predictRows } from './predictRows';
import { conditionalPurchases, probabilityAlive } from './transactionPredict';

// Published CDNOW parameters (Fader, Hardie & Lee 2005; Fader & Hardie's Pareto/NBD note).
const models: TransactionModel[] = [
	{ model: 'bgnbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
	{ model: 'mbgnbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
	{ model: 'paretonbd', params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 } }
];
// Rows chosen so that several share (x, T) with different t_x — the case the cache serves —
// plus x = 0 and one row alone.
const x = Float64Array.from([0, 2, 2, 2, 5, 0, 26]);
const tx = Float64Array.from([0, 10, 30.43, 10, 20, 0, 35.38]);
const T = Float64Array.from([38.86, 38.86, 38.86, 20, 38.86, 20, 38.86]);
const forecast = { months: 12, unit: 'week' as const, discountRate: 0.01 };

describe('predictRows', () => {
	it.each(models)('$model: each row equals the one-customer functions', (m) => {
		const rows = groupTransactionRows(x, tx, T);
		const p = predictRows(m, rows, 39, forecast);
		for (let i = 0; i < x.length; i++) {
			const g = rows.groupOf[i];
			// Reference: the per-customer formulas, which the published-number tests pin down.
			expect(p.expected[g]).toBeCloseTo(conditionalPurchases(m, x[i], tx[i], T[i], 39), 12);
			expect(p.alive[g]).toBeCloseTo(probabilityAlive(m, x[i], tx[i], T[i]), 12);
			expect(p.discounted[g]).toBeCloseTo(clvForecast(m, x[i], tx[i], T[i], 1, forecast), 12);
		}
	});

	it('rows sharing (x, T) differ only through P(alive)', () => {
		// x = 2, T = 38.86 with t_x 10 and 30.43: the later purchase means more likely alive,
		// so more expected purchases, in exactly the ratio of the two P(alive).
		const m = models[0];
		const rows = groupTransactionRows(x, tx, T);
		const p = predictRows(m, rows, 39, forecast);
		const early = rows.groupOf[1];
		const late = rows.groupOf[2];
		expect(p.alive[late]).toBeGreaterThan(p.alive[early]);
		expect(p.expected[late] / p.expected[early]).toBeCloseTo(p.alive[late] / p.alive[early], 12);
	});

	it('a zero horizon predicts nothing', () => {
		const rows = groupTransactionRows(x, tx, T);
		const p = predictRows(models[0], rows, 0, { ...forecast, months: 0 });
		expect(Array.from(p.expected)).toEqual(new Array(rows.length).fill(0));
		expect(Array.from(p.discounted)).toEqual(new Array(rows.length).fill(0));
	});
});
