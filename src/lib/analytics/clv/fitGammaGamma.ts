// Fits the Gamma-Gamma spend model to the repeat buyers' mean repeat spend.
import { clvIssue, type ClvIssue, type GammaGammaParams } from './clvTypes';
import { fitMle } from './fitMle';
import { FEW_REPEATERS, type FitOutcome, type ModelFitStats } from './fitTransactionModel';
import { gammaGammaLogLik } from './gammaGammaLogLik';
import { groupSpendRows } from './groupRows';

export interface SpendColumns {
	length: number;
	/** Number of positive repeat transactions behind each mean (Gamma-Gamma's x). */
	spendCount: Float64Array;
	meanSpend: Float64Array;
	hasAmounts: boolean;
	/** All repeat transactions, to tell "nobody came back" from "no positive repeat amount". */
	x?: Float64Array;
}

export type GammaGammaFit = { model: 'gammagamma'; params: GammaGammaParams } & ModelFitStats;

export function fitGammaGamma(d: SpendColumns): FitOutcome<GammaGammaFit> {
	if (!d.hasAmounts) return { ok: false, issues: [clvIssue('no_amounts')] };
	if (d.length === 0) return { ok: false, issues: [clvIssue('no_customers')] };
	const rows = groupSpendRows(d.spendCount, d.meanSpend);
	let used = 0;
	let sum = 0;
	let sumSq = 0;
	for (let i = 0; i < rows.length; i++) {
		used += rows.weight[i];
		sum += rows.weight[i] * rows.mean[i];
		sumSq += rows.weight[i] * rows.mean[i] * rows.mean[i];
	}
	if (used === 0) {
		let anyRepeat = false;
		for (let i = 0; i < d.length; i++) if ((d.x ?? d.spendCount)[i] > 0) anyRepeat = true;
		return {
			ok: false,
			issues: [clvIssue(anyRepeat ? 'no_positive_spends' : 'everyone_bought_once')]
		};
	}
	if (used < 2)
		return { ok: false, issues: [clvIssue('too_few_repeaters', 'error', { count: used })] };
	// Method-of-moments flavoured starts: mean spend m = pγ/(q-1).
	const m = sum / used;
	const cv2 = Math.max(0.05, sumSq / used / (m * m) - 1);
	const s = (...v: number[]) => Float64Array.from(v);
	const res = fitMle({
		names: ['p', 'q', 'gamma'],
		logLik: (t, grad) => gammaGammaLogLik({ p: t[0], q: t[1], gamma: t[2] }, rows, grad),
		analyticGradient: true,
		// With q fixed, p = (q - 1)/(q·cv²)-ish and γ = m(q - 1)/p match the first two moments.
		starts: [2, 4, 8].map((q) => {
			const p = Math.max(0.2, 1 / cv2);
			return s(p, q, (m * (q - 1)) / p);
		}),
		weight: used
	});
	const issues: ClvIssue[] = [...res.issues];
	if (used < FEW_REPEATERS) issues.push(clvIssue('too_few_repeaters', 'warning', { count: used }));
	const [p, q, gamma] = res.theta;
	if (q <= 1) issues.push(clvIssue('mean_spend_undefined', 'warning'));
	return {
		ok: true,
		fit: {
			model: 'gammagamma',
			params: { p, q, gamma },
			logLik: res.logLik,
			standardErrors: {
				p: res.standardErrors[0],
				q: res.standardErrors[1],
				gamma: res.standardErrors[2]
			},
			logCovariance: res.logCovariance,
			converged: res.converged,
			iterations: res.iterations,
			customers: d.length,
			repeaters: used,
			issues
		}
	};
}
