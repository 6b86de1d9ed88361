// `cli predict --intervals`' analysis: low–high bounds for each customer's expected purchases,
// P(alive) and CLV from the fitted parameters' uncertainty — the delta method (as the page's
// clvIntervals) or a parametric bootstrap — at any coverage. It refits on the same calibration
// summary as clvPredictReport (deterministic, so it is the fit the predictions came from).
import {
	clvDeltaIntervals,
	clvIntervals,
	fitGammaGamma,
	fitTransactionModel,
	type ClvIntervals
} from '../../analytics/clv';
import { reportSummary } from '../../analytics/clv/fitReport';
import type { AnalysisContext } from '../context';
import { readClvIntervalParams, readClvReportParams } from './clvReportParams';

export interface CustomerBounds {
	expectedPurchasesLow: number;
	expectedPurchasesHigh: number;
	pAliveLow: number;
	pAliveHigh: number;
	clvLow: number | null;
	clvHigh: number | null;
}

export interface ClvPredictIntervals {
	intervals: ClvIntervals;
	/** One per customer, in the order of clvPredictReport's customers. */
	bounds: CustomerBounds[];
}

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

/** Null when the model cannot be fitted or its Hessian is not invertible. */
export async function clvPredictIntervals(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvPredictIntervals | null> {
	const o = { ...readClvReportParams(params), ...readClvIntervalParams(params) };
	if (o.model === 'gammagamma') return null;
	const s = reportSummary(await ctx.transactions(o.id), o.unit, o.calibrationEnd);
	const f = fitTransactionModel(s, o.model);
	if (!f.ok) return null;
	const gg = s.hasAmounts ? fitGammaGamma(s) : null;
	const spend = gg?.ok ? gg.fit : null;
	const opts = {
		horizon: o.horizonUnits,
		forecast: {
			months: o.months,
			unit: o.unit,
			discountRate: o.discountRate,
			...(o.exactUnits ? { units: o.horizonUnits } : {})
		},
		margin: o.margin,
		level: o.level,
		draws: o.draws,
		seed: o.seed
	};
	const iv =
		o.method === 'bootstrap'
			? clvIntervals(s, f.fit, spend, opts)
			: clvDeltaIntervals(s, f.fit, spend, opts);
	if (!iv) return null;
	const bounds = Array.from({ length: s.length }, (_, i) => ({
		expectedPurchasesLow: iv.purchasesLower[i],
		expectedPurchasesHigh: iv.purchasesUpper[i],
		pAliveLow: iv.aliveLower[i],
		pAliveHigh: iv.aliveUpper[i],
		clvLow: orNull(iv.clvLower[i]),
		clvHigh: orNull(iv.clvUpper[i])
	}));
	return { intervals: iv, bounds };
}
