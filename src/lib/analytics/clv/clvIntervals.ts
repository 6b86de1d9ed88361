// Intervals on each customer's expected purchases, P(alive) and CLV by parametric bootstrap:
// the purchase model's (and Gamma-Gamma's) parameters are drawn from their estimated sampling
// distribution (parameterDraws), every customer is predicted under each draw, and the interval
// is the draws' central `level` quantiles. It reflects parameter uncertainty only — not the
// Poisson noise of one customer's future purchases — as PyMC-Marketing's posterior intervals
// on expected values do. Customers sharing (x, t_x, T) share the purchase-model numbers.
import { emptyRecord } from '../emptyRecord';
import type { ClvForecastOptions } from './clvForecast';
import type { ClvSummary } from './clvSummary';
import type { GammaGammaParams, TransactionModel } from './clvTypes';
import type { GammaGammaFit } from './fitGammaGamma';
import type { TransactionFit } from './fitTransactionModel';
import { gammaGammaSpend } from './gammaGammaSpend';
import { groupTransactionRows } from './groupRows';
import { parameterDraws } from './parameterDraws';
import { predictRows } from './predictRows';

export interface ClvIntervalOptions {
	/** Purchase horizon in model units, and the CLV forecast (months, discount) as predictRows. */
	horizon: number;
	forecast: ClvForecastOptions;
	margin: number;
	/** Central coverage, e.g. 0.9 for the 5th–95th percentiles. */
	level?: number;
	draws?: number;
	seed?: number;
}

export interface ClvIntervals {
	level: number;
	draws: number;
	seed: number;
	/** Per parameter: [lower, upper] over the draws. */
	params: Record<string, [number, number]>;
	/** Per customer of the summary. CLV bounds are NaN without a spend model. */
	purchasesLower: Float64Array;
	purchasesUpper: Float64Array;
	aliveLower: Float64Array;
	aliveUpper: Float64Array;
	clvLower: Float64Array;
	clvUpper: Float64Array;
	/** Total CLV of all customers: [lower, upper]; null without a spend model. */
	totalClv: [number, number] | null;
	/** Sorted CLV of every customer at each draw's deciles 0.1…0.9, [lower, upper] each. */
	clvDeciles: { p: number; lower: number; upper: number }[] | null;
}

export const DEFAULT_DRAWS = 200;

function quantileSorted(a: Float64Array, p: number): number {
	if (a.length === 0) return NaN;
	const h = (a.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(a.length - 1, lo + 1);
	return a[lo] + (h - lo) * (a[hi] - a[lo]);
}

/** Null when the fit has no usable covariance (Hessian not invertible). */
export function clvIntervals(
	s: ClvSummary,
	fit: TransactionFit,
	spend: GammaGammaFit | null,
	o: ClvIntervalOptions
): ClvIntervals | null {
	const level = o.level ?? 0.9;
	const B = Math.max(2, Math.floor(o.draws ?? DEFAULT_DRAWS));
	const seed = o.seed ?? 1;
	const names = Object.keys(fit.params);
	const theta = names.map((k) => (fit.params as unknown as Record<string, number>)[k]);
	const draws = parameterDraws(theta, fit.logCovariance, B, seed);
	if (!draws) return null;
	const ggNames = ['p', 'q', 'gamma'] as const;
	const ggDraws = spend
		? parameterDraws(
				ggNames.map((k) => spend.params[k]),
				spend.logCovariance,
				B,
				seed + 1
			)
		: null;
	const rows = groupTransactionRows(s.x, s.tx, s.T);
	const R = rows.length;
	const n = s.length;
	const k = names.length;
	const exp = new Float64Array(B * R);
	const alive = new Float64Array(B * R);
	const disc = new Float64Array(B * R);
	for (let b = 0; b < B; b++) {
		const p: Record<string, number> = emptyRecord();
		names.forEach((name, i) => (p[name] = draws[b * k + i]));
		const m = { model: fit.model, params: p } as unknown as TransactionModel;
		const r = predictRows(m, rows, o.horizon, o.forecast);
		exp.set(r.expected, b * R);
		alive.set(r.alive, b * R);
		disc.set(r.discounted, b * R);
	}
	const lo = (1 - level) / 2;
	const hi = 1 - lo;
	const band = (src: Float64Array) => {
		const lower = new Float64Array(R);
		const upper = new Float64Array(R);
		const col = new Float64Array(B);
		for (let g = 0; g < R; g++) {
			for (let b = 0; b < B; b++) col[b] = src[b * R + g];
			col.sort();
			lower[g] = quantileSorted(col, lo);
			upper[g] = quantileSorted(col, hi);
		}
		return { lower, upper };
	};
	const ePer = band(exp);
	const aPer = band(alive);
	const perCustomer = (a: Float64Array) => Float64Array.from(rows.groupOf, (g) => a[g]);
	const params: Record<string, [number, number]> = emptyRecord();
	const col = new Float64Array(B);
	names.forEach((name, i) => {
		for (let b = 0; b < B; b++) col[b] = draws[b * k + i];
		col.sort();
		params[name] = [quantileSorted(col, lo), quantileSorted(col, hi)];
	});
	let clvLower = new Float64Array(n).fill(NaN);
	let clvUpper = new Float64Array(n).fill(NaN);
	let totalClv: [number, number] | null = null;
	let clvDeciles: ClvIntervals['clvDeciles'] = null;
	if (spend && ggDraws) {
		// CLV per customer and draw: margin × spend(draw) × discounted purchases(draw).
		const clv = new Float64Array(B * n);
		const totals = new Float64Array(B);
		const deciles = Array.from({ length: 9 }, () => new Float64Array(B));
		const one = new Float64Array(n);
		for (let b = 0; b < B; b++) {
			const gp: GammaGammaParams = {
				p: ggDraws[b * 3],
				q: ggDraws[b * 3 + 1],
				gamma: ggDraws[b * 3 + 2]
			};
			let total = 0;
			for (let i = 0; i < n; i++) {
				const v =
					o.margin *
					gammaGammaSpend(gp, s.spendCount[i], s.meanSpend[i]) *
					disc[b * R + rows.groupOf[i]];
				clv[b * n + i] = v;
				one[i] = Number.isFinite(v) ? v : 0;
				total += one[i];
			}
			totals[b] = total;
			one.sort();
			for (let d = 0; d < 9; d++) deciles[d][b] = quantileSorted(one, (d + 1) / 10);
		}
		clvLower = new Float64Array(n);
		clvUpper = new Float64Array(n);
		const c = new Float64Array(B);
		for (let i = 0; i < n; i++) {
			for (let b = 0; b < B; b++) c[b] = clv[b * n + i];
			c.sort();
			clvLower[i] = quantileSorted(c, lo);
			clvUpper[i] = quantileSorted(c, hi);
		}
		totals.sort();
		totalClv = [quantileSorted(totals, lo), quantileSorted(totals, hi)];
		clvDeciles = deciles.map((d, j) => {
			d.sort();
			return { p: (j + 1) / 10, lower: quantileSorted(d, lo), upper: quantileSorted(d, hi) };
		});
	}
	return {
		level,
		draws: B,
		seed,
		params,
		purchasesLower: perCustomer(ePer.lower),
		purchasesUpper: perCustomer(ePer.upper),
		aliveLower: perCustomer(aPer.lower),
		aliveUpper: perCustomer(aPer.upper),
		clvLower,
		clvUpper,
		totalClv,
		clvDeciles
	};
}
