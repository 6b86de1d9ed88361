// `cli fit`'s analysis: one model — a purchase model or Gamma-Gamma on its own — fitted to the
// whole file (or up to a given calibration end, taken as given) or to an imported customer
// summary, reported with its log-likelihood and standard errors. The page's clvFit differs on
// purpose: it holds the last part out by default, keeps the calibration end inside the data and
// fits Gamma-Gamma only beside a purchase model.
import {
	fitReport,
	fitSummaryReport,
	type ClvModelName,
	type FitReport
} from '../../analytics/clv';
import { summaryClvSummary } from '../../analytics/customers/summaryClvSummary';
import type { SummaryTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { asClvProblem } from './clvProblem';
import { readClvReportParams } from './clvReportParams';

/** The fit, plus the summary rows left out as impossible (0 for transactions). */
export type ClvFitReport = FitReport & { dropped: number };

/** fitReport's answer for a customer summary. Throws the problem when the model cannot fit. */
export function summaryFitReport(table: SummaryTable, model: ClvModelName): ClvFitReport {
	const s = summaryClvSummary(table);
	return { ...asClvProblem(() => fitSummaryReport(s, model)), dropped: s.dropped };
}

export async function clvFitReport(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvFitReport> {
	const p = readClvReportParams(params);
	if (p.source === 'summary') return summaryFitReport(await ctx.summary(p.id), p.model);
	const table = await ctx.transactions(p.id);
	const r = asClvProblem(() =>
		fitReport(table, { model: p.model, unit: p.unit, calibrationEnd: p.calibrationEnd })
	);
	return { ...r, dropped: 0 };
}
