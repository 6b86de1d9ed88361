// Intervals on CDNOW (BG/NBD + Gamma-Gamma, calibration to 1997-09-30, 3 months ahead): the
// delta method the worker uses agrees with a 200-draw parametric bootstrap, every interval holds
// its point estimate, and the bootstrap is reproducible for a seed.
import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { dayFromISO } from '../dates';
import { clvDeltaIntervals } from './clvDeltaIntervals';
import { clvIntervals } from './clvIntervals';
import { clvSummary } from './clvSummary';
import { fitGammaGamma } from './fitGammaGamma';
import { fitTransactionModel } from './fitTransactionModel';
import { gammaGammaSpend } from './gammaGammaSpend';
import { cholesky, parameterDraws } from './parameterDraws';
import { groupTransactionRows } from './groupRows';
import { predictRows } from './predictRows';

const s = clvSummary(loadCdnow('sample'), {
	calibrationEnd: dayFromISO('1997-09-30'),
	unit: 'week'
});
const f = fitTransactionModel(s, 'bgnbd');
const g = fitGammaGamma(s);
if (!f.ok || !g.ok) throw new Error('fit failed');
const o = {
	horizon: 13,
	forecast: { months: 3, unit: 'week' as const, discountRate: 0.01, discountPer: 'month' as const },
	margin: 1,
	level: 0.9
};
const delta = clvDeltaIntervals(s, f.fit, g.fit, o)!;
const boot = clvIntervals(s, f.fit, g.fit, { ...o, draws: 200, seed: 7 })!;
const rows = groupTransactionRows(s.x, s.tx, s.T);
const point = predictRows(f.fit, rows, o.horizon, o.forecast);

describe('parameterDraws', () => {
	it('Cholesky of [[4, 2], [2, 3]] is [[2, 0], [1, √2]]', () => {
		expect(Array.from(cholesky([4, 2, 2, 3], 2)!)).toEqual([2, 0, 1, Math.sqrt(2)]);
		expect(cholesky([1, 2, 2, 1], 2)).toBeNull();
	});
	it('draws have the covariance asked for on the log scale, and repeat for a seed', () => {
		const cov = [0.04, 0.01, 0.01, 0.09];
		const d = parameterDraws([1, 2], cov, 20000, 3)!;
		let m0 = 0;
		let m1 = 0;
		for (let b = 0; b < 20000; b++) {
			m0 += Math.log(d[2 * b]);
			m1 += Math.log(d[2 * b + 1]) - Math.log(2);
		}
		m0 /= 20000;
		m1 /= 20000;
		let v0 = 0;
		let v1 = 0;
		let c01 = 0;
		for (let b = 0; b < 20000; b++) {
			const a = Math.log(d[2 * b]) - m0;
			const c = Math.log(d[2 * b + 1]) - Math.log(2) - m1;
			v0 += a * a;
			v1 += c * c;
			c01 += a * c;
		}
		expect(v0 / 20000).toBeCloseTo(0.04, 2);
		expect(v1 / 20000).toBeCloseTo(0.09, 2);
		expect(c01 / 20000).toBeCloseTo(0.01, 2);
		expect(Array.from(parameterDraws([1, 2], cov, 5, 3)!)).toEqual(Array.from(d.subarray(0, 10)));
	});
});

describe('CLV intervals on CDNOW', () => {
	it('parameters: the delta interval is exp(log θ ± 1.645 se(log θ)) and the bootstrap agrees', () => {
		for (const name of ['r', 'alpha', 'a', 'b']) {
			const [lo, hi] = delta.params[name];
			const [blo, bhi] = boot.params[name];
			const value = (f.fit.params as unknown as Record<string, number>)[name];
			expect(lo).toBeLessThan(value);
			expect(hi).toBeGreaterThan(value);
			// Bootstrap ends within 10 % of the interval's width from the delta ones.
			expect(Math.abs(blo - lo)).toBeLessThan(0.1 * (hi - lo));
			expect(Math.abs(bhi - hi)).toBeLessThan(0.1 * (hi - lo));
		}
	});
	it('every customer: point estimate inside both intervals; delta and bootstrap agree', () => {
		let worst = 0;
		for (let i = 0; i < s.length; i++) {
			const r = rows.groupOf[i];
			const e = point.expected[r];
			const clv =
				gammaGammaSpend(g.fit.params, s.spendCount[i], s.meanSpend[i]) * point.discounted[r];
			for (const iv of [delta, boot]) {
				expect(iv.purchasesLower[i]).toBeLessThanOrEqual(e * (1 + 1e-9));
				expect(iv.purchasesUpper[i]).toBeGreaterThanOrEqual(e * (1 - 1e-9));
				expect(iv.aliveLower[i]).toBeLessThanOrEqual(point.alive[r] + 1e-9);
				expect(iv.aliveUpper[i]).toBeGreaterThanOrEqual(point.alive[r] - 1e-9);
				expect(iv.clvLower[i]).toBeLessThanOrEqual(clv * (1 + 1e-6));
				expect(iv.clvUpper[i]).toBeGreaterThanOrEqual(clv * (1 - 1e-6));
			}
			const w = delta.clvUpper[i] - delta.clvLower[i];
			if (w > 0)
				worst = Math.max(
					worst,
					Math.abs(boot.clvLower[i] - delta.clvLower[i]) / w,
					Math.abs(boot.clvUpper[i] - delta.clvUpper[i]) / w
				);
		}
		// The two methods' CLV bounds differ by at most a fifth of the interval's width.
		expect(worst).toBeLessThan(0.2);
	});
	it('total CLV: delta and bootstrap intervals overlap almost entirely', () => {
		const [a, b] = delta.totalClv!;
		const [c, d] = boot.totalClv!;
		const overlap = Math.min(b, d) - Math.max(a, c);
		expect(overlap / (b - a)).toBeGreaterThan(0.85);
	});
	it('the bootstrap is reproducible for a seed and changes with it', () => {
		const again = clvIntervals(s, f.fit, g.fit, { ...o, draws: 20, seed: 7 })!;
		const same = clvIntervals(s, f.fit, g.fit, { ...o, draws: 20, seed: 7 })!;
		const other = clvIntervals(s, f.fit, g.fit, { ...o, draws: 20, seed: 8 })!;
		expect(Array.from(again.clvUpper)).toEqual(Array.from(same.clvUpper));
		expect(again.clvUpper[0]).not.toBe(other.clvUpper[0]);
	});
	it('no covariance, no intervals', () => {
		expect(clvDeltaIntervals(s, { ...f.fit, logCovariance: null }, g.fit, o)).toBeNull();
		expect(clvIntervals(s, { ...f.fit, logCovariance: null }, g.fit, o)).toBeNull();
	});
});
