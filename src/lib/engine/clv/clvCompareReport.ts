// `cli compare`'s analysis: BG/NBD, MBG/NBD and Pareto/NBD fitted to one calibration period and
// compared in sample and over the holdout (compareModels, as the page's clvCompare), with the
// summary's own issues and Gamma-Gamma fitted separately for spend. The calibration end is the
// one given, taken as given, else the one the Lifetime value page proposes.
import {
	compareModels,
	defaultCalibrationEnd,
	fitGammaGamma,
	type ClvIssue,
	type GammaGammaParams,
	type ModelComparison
} from '../../analytics/clv';
import { reportSummary } from '../../analytics/clv/fitReport';
import type { AnalysisContext } from '../context';
import { readClvReportParams } from './clvReportParams';

export interface ClvCompareReport {
	calibrationEnd: number;
	/** What the calibration summary itself reports (before any model). */
	issues: ClvIssue[];
	comparison: ModelComparison;
	/** Gamma-Gamma's fit; null without amounts or when it failed (then spendIssue says why). */
	spend: { params: GammaGammaParams; logLik: number } | null;
	spendIssue: ClvIssue | null;
}

export async function clvCompareReport(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvCompareReport> {
	const p = readClvReportParams(params);
	const table = await ctx.transactions(p.id);
	const calibrationEnd = p.calibrationEnd ?? defaultCalibrationEnd(table);
	const s = reportSummary(table, p.unit, calibrationEnd);
	const comparison = compareModels(s);
	const gg = s.hasAmounts ? fitGammaGamma(s) : null;
	return {
		calibrationEnd,
		issues: s.issues,
		comparison,
		spend: gg?.ok ? { params: gg.fit.params, logLik: gg.fit.logLik } : null,
		spendIssue: gg && !gg.ok ? gg.issues[0] : null
	};
}
