import { describe, expect, it } from 'vitest';
import { fitTransactionModel } from './fitTransactionModel';
import { groupTransactionRows } from './groupRows';
import { paretoNbdLogLik, rowBound } from './paretoNbdLogLik';

/** One customer's likelihood for fixed λ, μ (Fader & Hardie 2005, eq. 1), by brute force. */
function individual(lambda: number, mu: number, x: number, tx: number, T: number) {
	return (
		(lambda ** x * mu * Math.exp(-(lambda + mu) * tx)) / (lambda + mu) +
		(lambda ** (x + 1) * Math.exp(-(lambda + mu) * T)) / (lambda + mu)
	);
}

/** Forty customers buying exactly once a week: x = t_x in weeks (the e2e "visits" file). */
function weekly() {
	const n = 40;
	const x = new Float64Array(n);
	const tx = new Float64Array(n);
	const T = new Float64Array(n);
	for (let k = 1; k <= n; k++) {
		const m = k % 6;
		x[k - 1] = m;
		tx[k - 1] = m;
		T[k - 1] = (k + 7 * m) / 7;
	}
	return { length: n, x, tx, T };
}

describe('rowBound', () => {
	it.each([
		[0, 0, 5],
		[1, 1, 3],
		[3, 2.5, 10],
		[5, 5, 6],
		[12, 30, 39]
	])('x=%d t_x=%d T=%d: no (λ, μ) on a grid beats the bound', (x, tx, T) => {
		let best = -Infinity;
		for (let i = -60; i <= 60; i++)
			for (let j = -60; j <= 60; j++) {
				const v = Math.log(individual(Math.exp(i / 10), Math.exp(j / 10), x, tx, T));
				if (v > best) best = v;
			}
		expect(best).toBeLessThanOrEqual(rowBound(x, tx) + 1e-12);
	});
});

describe('Pareto/NBD far out in the parameter space', () => {
	const d = weekly();
	const rows = groupTransactionRows(d.x, d.tx, d.T);
	it.each([
		// Where Chromium's fit ran to on the weekly buyers: the terms came out at +2.4 million.
		[{ r: 2649834335.1691265, alpha: 184647792150.19153, s: 3.208786885198092, beta: 8488666.75 }],
		// Where Node's fit stopped: +286, also above every customer's bound.
		[{ r: 2334.9, alpha: 3145.8, s: 12.946, beta: 33.07 }]
	])('%j is no likelihood (NaN), not a huge one', (p) => {
		expect(paretoNbdLogLik(p, rows)).toBeNaN();
	});
	it('ordinary parameters still give a finite log-likelihood under the bounds', () => {
		const ll = paretoNbdLogLik({ r: 1e6, alpha: 1e6, s: 1, beta: 10 }, rows);
		let bound = 0;
		for (let i = 0; i < rows.length; i++) bound += rows.weight[i] * rowBound(rows.x[i], rows.tx[i]);
		expect(Number.isFinite(ll)).toBe(true);
		expect(ll).toBeLessThanOrEqual(bound);
	});
	it('the fit on weekly buyers ends without a log-likelihood above the bounds', () => {
		const out = fitTransactionModel(d, 'paretonbd');
		let bound = 0;
		for (let i = 0; i < rows.length; i++) bound += rows.weight[i] * rowBound(rows.x[i], rows.tx[i]);
		if (out.ok) expect(out.fit.logLik).toBeLessThanOrEqual(bound);
		else expect(out.issues.length).toBeGreaterThan(0);
	});
});
