// The same intervals as clvIntervals by the delta method: each prediction's gradient in the
// log-parameters (forward differences: one extra model evaluation per parameter instead of one
// per bootstrap draw) against the fit's log-parameter covariance, on a scale where a normal
// interval fits — log for purchases and CLV, logit for P(alive). Fast enough for the worker on
// CDNOW master; clvIntervals.test.ts checks it against the parametric bootstrap.
import { emptyRecord } from '../emptyRecord';
import type { ClvIntervalOptions, ClvIntervals } from './clvIntervals';
import type { ClvSummary } from './clvSummary';
import type { GammaGammaParams, TransactionModel } from './clvTypes';
import type { GammaGammaFit } from './fitGammaGamma';
import type { TransactionFit } from './fitTransactionModel';
import { gammaGammaSpend } from './gammaGammaSpend';
import { groupTransactionRows } from './groupRows';
import { predictRows } from './predictRows';
import { normalQuantile } from '../lifecycle/normalQuantile';

const H = 1e-4;

/** v' C v for a k-vector and a k × k matrix. */
function quad(v: Float64Array, C: ArrayLike<number>, k: number): number {
	let s = 0;
	for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) s += v[i] * C[i * k + j] * v[j];
	return s;
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (z: number) => 1 / (1 + Math.exp(-z));

export function clvDeltaIntervals(
	s: ClvSummary,
	fit: TransactionFit,
	spend: GammaGammaFit | null,
	o: ClvIntervalOptions
): ClvIntervals | null {
	const cov = fit.logCovariance;
	if (!cov) return null;
	const level = o.level ?? 0.9;
	const z = normalQuantile(0.5 + level / 2);
	const names = Object.keys(fit.params);
	const k = names.length;
	const base = names.map((n) => (fit.params as unknown as Record<string, number>)[n]);
	const rows = groupTransactionRows(s.x, s.tx, s.T);
	const R = rows.length;
	const at = (j: number) => {
		const p: Record<string, number> = emptyRecord();
		names.forEach((n, i) => (p[n] = i === j ? base[i] * Math.exp(H) : base[i]));
		return predictRows(
			{ model: fit.model, params: p } as unknown as TransactionModel,
			rows,
			o.horizon,
			o.forecast
		);
	};
	const f0 = at(-1);
	const shifted = names.map((_, j) => at(j));
	const g = new Float64Array(k);
	const ePer = { lower: new Float64Array(R), upper: new Float64Array(R) };
	const aPer = { lower: new Float64Array(R), upper: new Float64Array(R) };
	// Variance of log discounted purchases per row, kept for CLV.
	const discLogVar = new Float64Array(R);
	for (let r = 0; r < R; r++) {
		const e = f0.expected[r];
		for (let j = 0; j < k; j++) g[j] = (Math.log(shifted[j].expected[r]) - Math.log(e)) / H;
		const se = Math.sqrt(Math.max(0, quad(g, cov, k)));
		ePer.lower[r] = e * Math.exp(-z * se);
		ePer.upper[r] = e * Math.exp(z * se);
		const a = f0.alive[r];
		if (a >= 1 - 1e-12 || a <= 1e-12) {
			aPer.lower[r] = a;
			aPer.upper[r] = a;
		} else {
			for (let j = 0; j < k; j++) g[j] = (logit(shifted[j].alive[r]) - logit(a)) / H;
			const sa = Math.sqrt(Math.max(0, quad(g, cov, k)));
			aPer.lower[r] = expit(logit(a) - z * sa);
			aPer.upper[r] = expit(logit(a) + z * sa);
		}
		const d = f0.discounted[r];
		for (let j = 0; j < k; j++) g[j] = (Math.log(shifted[j].discounted[r]) - Math.log(d)) / H;
		discLogVar[r] = Math.max(0, quad(g, cov, k));
	}
	const perCustomer = (a: Float64Array) => Float64Array.from(rows.groupOf, (gi) => a[gi]);
	const params: Record<string, [number, number]> = emptyRecord();
	names.forEach((n, i) => {
		const se = Math.sqrt(cov[i * k + i]);
		params[n] = [base[i] * Math.exp(-z * se), base[i] * Math.exp(z * se)];
	});
	const n = s.length;
	const clvLower = new Float64Array(n).fill(NaN);
	const clvUpper = new Float64Array(n).fill(NaN);
	let totalClv: [number, number] | null = null;
	let clvDeciles: ClvIntervals['clvDeciles'] = null;
	const ggCov = spend?.logCovariance;
	if (spend && ggCov) {
		const gp = spend.params;
		const ggNames = ['p', 'q', 'gamma'] as const;
		const shiftedGg: GammaGammaParams[] = ggNames.map((name) => ({
			...gp,
			[name]: gp[name] * Math.exp(H)
		}));
		const g3 = new Float64Array(3);
		// Gradient of the total: Σ over customers of each CLV's gradient (both models' parameters).
		const totalG = new Float64Array(k);
		const totalG3 = new Float64Array(3);
		let total = 0;
		const value = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const r = rows.groupOf[i];
			const sp = gammaGammaSpend(gp, s.spendCount[i], s.meanSpend[i]);
			const v = o.margin * sp * f0.discounted[r];
			value[i] = v;
			if (!(v > 0)) {
				clvLower[i] = v;
				clvUpper[i] = v;
				continue;
			}
			for (let j = 0; j < 3; j++)
				g3[j] =
					(Math.log(gammaGammaSpend(shiftedGg[j], s.spendCount[i], s.meanSpend[i])) -
						Math.log(sp)) /
					H;
			const se = Math.sqrt(discLogVar[r] + Math.max(0, quad(g3, ggCov, 3)));
			clvLower[i] = v * Math.exp(-z * se);
			clvUpper[i] = v * Math.exp(z * se);
			total += v;
			for (let j = 0; j < k; j++)
				totalG[j] += v * ((Math.log(shifted[j].discounted[r]) - Math.log(f0.discounted[r])) / H);
			for (let j = 0; j < 3; j++) totalG3[j] += v * g3[j];
		}
		const seTotal = Math.sqrt(quad(totalG, cov, k) + quad(totalG3, ggCov, 3)) / total;
		totalClv = [total * Math.exp(-z * seTotal), total * Math.exp(z * seTotal)];
		// A decile's interval: that of the customer sitting at it (order kept under small shifts).
		const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => value[a] - value[b]);
		clvDeciles = Array.from({ length: 9 }, (_, d) => {
			const i = order[Math.min(n - 1, Math.round(((d + 1) / 10) * (n - 1)))];
			return { p: (d + 1) / 10, lower: clvLower[i], upper: clvUpper[i] };
		});
	}
	return {
		level,
		draws: 0,
		seed: 0,
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
