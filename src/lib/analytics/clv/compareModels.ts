// BG/NBD, MBG/NBD and Pareto/NBD fitted to the same calibration period and compared the way an
// analyst would: in-sample fit (log-likelihood, AIC, BIC — all three have four parameters, so
// they rank alike) and out-of-sample forecast (holdout repeat purchases in total, per customer
// and by calibration frequency). A model that misses the holdout by more than 15 % in total or
// the one-time buyers by more than a factor of 2 is flagged: its assumptions do not fit here.
import type { ClvSummary } from './clvSummary';
import { clvIssue, type ClvIssue, type TransactionModelName } from './clvTypes';
import { fitTransactionModel } from './fitTransactionModel';
import { holdoutByFrequency, predictionErrors } from './holdoutByFrequency';

export const COMPARED_MODELS: TransactionModelName[] = ['bgnbd', 'mbgnbd', 'paretonbd'];
/** |predicted − actual| / actual over the holdout beyond this is a miss. */
export const HOLDOUT_MISS = 0.15;
/** One-time buyers' mean holdout purchases off by more than this factor is a miss. */
export const ONE_TIMER_FACTOR = 2;

export interface ComparedModel {
	model: TransactionModelName;
	params: Record<string, number>;
	logLik: number;
	aic: number;
	bic: number;
	/** Holdout repeat purchases of all customers; null without a holdout. */
	holdout: {
		actual: number;
		predicted: number;
		/** (predicted − actual) / actual × 100; null when nobody bought in the holdout. */
		errorPct: number | null;
		mae: number;
		rmse: number;
	} | null;
	/** Mean holdout purchases by calibration repeat purchases x = 0…6, 7+. */
	byFrequency: { x: string; customers: number; actual: number; predicted: number }[];
	/** predicted / actual mean for the one-time buyers (x = 0); null when not defined. */
	oneTimerRatio: number | null;
	/** Misses the holdout by more than HOLDOUT_MISS or the one-time buyers by ONE_TIMER_FACTOR. */
	misses: boolean;
	issues: ClvIssue[];
}

export interface ModelComparison {
	customers: number;
	holdoutLength: number;
	models: ComparedModel[];
	/** Models that could not be fitted, with why. */
	failed: { model: TransactionModelName; issues: ClvIssue[] }[];
	bestByHoldout: TransactionModelName | null;
	bestByBic: TransactionModelName | null;
	/** Every fitted model misses: the plain-language warning applies. */
	allMiss: boolean;
}

export function compareModels(
	s: ClvSummary,
	models: TransactionModelName[] = COMPARED_MODELS
): ModelComparison {
	const out: ComparedModel[] = [];
	const failed: ModelComparison['failed'] = [];
	const hasHoldout = s.holdoutLength > 0;
	for (const model of models) {
		const f = fitTransactionModel(s, model);
		if (!f.ok) {
			failed.push({ model, issues: f.issues });
			continue;
		}
		const fit = f.fit;
		const k = Object.keys(fit.params).length;
		const n = fit.customers;
		let holdout: ComparedModel['holdout'] = null;
		let byFrequency: ComparedModel['byFrequency'] = [];
		let oneTimerRatio: number | null = null;
		let misses = false;
		if (hasHoldout) {
			const h = holdoutByFrequency(s, fit);
			let actual = 0;
			let predicted = 0;
			for (let i = 0; i < s.length; i++) {
				actual += s.holdoutX[i];
				predicted += h.expected[i];
			}
			const e = predictionErrors(s.holdoutX, h.expected);
			const errorPct = actual > 0 ? ((predicted - actual) / actual) * 100 : null;
			holdout = { actual, predicted, errorPct, ...e };
			byFrequency = h.bins.map((x, b) => ({
				x,
				customers: h.customers[b],
				actual: h.actualMean[b],
				predicted: h.expectedMean[b]
			}));
			const zero = byFrequency[0];
			oneTimerRatio = zero.customers > 0 && zero.actual > 0 ? zero.predicted / zero.actual : null;
			misses =
				(errorPct !== null && Math.abs(errorPct) > HOLDOUT_MISS * 100) ||
				(oneTimerRatio !== null &&
					(oneTimerRatio > ONE_TIMER_FACTOR || oneTimerRatio < 1 / ONE_TIMER_FACTOR));
		}
		out.push({
			model,
			params: { ...fit.params },
			logLik: fit.logLik,
			aic: 2 * k - 2 * fit.logLik,
			bic: k * Math.log(n) - 2 * fit.logLik,
			holdout,
			byFrequency,
			oneTimerRatio,
			misses,
			issues: fit.issues
		});
	}
	const best = (score: (m: ComparedModel) => number | null) => {
		let b: ComparedModel | null = null;
		let bs = Infinity;
		for (const m of out) {
			const v = score(m);
			if (v !== null && v < bs) {
				bs = v;
				b = m;
			}
		}
		return b?.model ?? null;
	};
	return {
		customers: s.length,
		holdoutLength: s.holdoutLength,
		models: out,
		failed,
		bestByHoldout: best((m) => (m.holdout?.errorPct == null ? null : Math.abs(m.holdout.errorPct))),
		bestByBic: best((m) => m.bic),
		allMiss: hasHoldout && out.length > 0 && out.every((m) => m.misses)
	};
}

/** An issue for a comparison without a holdout: only the in-sample columns can be filled. */
export const noHoldoutIssue = (): ClvIssue => clvIssue('holdout_empty', 'warning');
