// Pure pieces of the model comparison card: the rows as the table shows them and the plain
// sentence for when every model misses (pinned by modelComparisonText.test.ts).
import type { ClvCompareResult } from '$lib/engine/clv/clvDiagnostics';

export interface ComparisonRow {
	model: string;
	logLik: number;
	aic: number;
	bic: number;
	actual: number | null;
	predicted: number | null;
	errorPct: number | null;
	mae: number | null;
	rmse: number | null;
	/** One-time buyers: predicted and actual mean holdout purchases. */
	oneTimerPredicted: number | null;
	oneTimerActual: number | null;
	misses: boolean;
	bestHoldout: boolean;
	bestBic: boolean;
}

export function comparisonRows(c: ClvCompareResult): ComparisonRow[] {
	return c.models.map((m) => {
		const zero = m.byFrequency[0];
		return {
			model: m.model,
			logLik: m.logLik,
			aic: m.aic,
			bic: m.bic,
			actual: m.holdout?.actual ?? null,
			predicted: m.holdout?.predicted ?? null,
			errorPct: m.holdout?.errorPct ?? null,
			mae: m.holdout?.mae ?? null,
			rmse: m.holdout?.rmse ?? null,
			oneTimerPredicted: zero ? zero.predicted : null,
			oneTimerActual: zero ? zero.actual : null,
			misses: m.misses,
			bestHoldout: c.bestByHoldout === m.model,
			bestBic: c.bestByBic === m.model
		};
	});
}

/**
 * Values for the "every model misses" sentence: the smallest total miss (in %, signed by
 * direction: over or under) and the one-time buyers' predicted / actual under the best model by
 * holdout. Null when some model does fit.
 */
export function missSummary(
	c: ClvCompareResult
): { errorPct: number; over: boolean; oneTimerRatio: number | null } | null {
	if (!c.allMiss) return null;
	let best = c.models[0];
	for (const m of c.models)
		if (Math.abs(m.holdout?.errorPct ?? Infinity) < Math.abs(best.holdout?.errorPct ?? Infinity))
			best = m;
	const e = best.holdout?.errorPct ?? 0;
	return { errorPct: Math.abs(e), over: e > 0, oneTimerRatio: best.oneTimerRatio };
}
