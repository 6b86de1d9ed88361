// The Lifetime value view's analysis: fit, evaluation series, heat maps and per-customer
// predictions for one transactions dataset (or an imported customer summary) and the view's
// settings. Degenerate data comes back as `fitError` (a typed issue the page translates), never
// as NaN parameters. A summary has no dates: no calibration split, tracking or holdout.
import { clvIssue, frequencyRecencyMatrix, type ClvIssue } from '../../analytics/clv';
import type { SummaryTable, TransactionTable } from '../../analytics/types';
import { clvBundle, fitSummaryOf, type ClvBundle } from './clvBundle';
import { clvHorizon } from './clvHorizon';
import { clvSummaryBundle } from './clvSummaryBundle';
import { clvPredictions } from './clvPredictions';
import type { ClvFitResult, ClvSettings } from './clvResult';
import { clvSettingsFrom, rememberClvSettings, resolveCalibrationEnd } from './clvSettings';
import type { AnalysisContext } from '../context';

/** Heat-map rows stop here: beyond it cells get too small to read and customers too few. */
const MATRIX_MAX_X = 20;

function matrixOf(b: ClvBundle, s: ClvSettings): ClvFitResult['matrix'] {
	if (!b.fit) return null;
	let maxX = 0;
	let maxT = 0;
	for (let i = 0; i < b.summary.length; i++) {
		maxX = Math.max(maxX, b.summary.x[i]);
		maxT = Math.max(maxT, b.summary.T[i]);
	}
	if (!(maxT > 0)) return null;
	const horizonUnits = clvHorizon(s).units;
	const m = frequencyRecencyMatrix(b.fit, {
		maxX: Math.max(1, Math.min(MATRIX_MAX_X, maxX)),
		T: maxT,
		horizon: horizonUnits,
		recencySteps: 12
	});
	return { ...m, T: maxT, horizonUnits };
}

export function clvFitResult(
	table: TransactionTable,
	settings: ClvSettings,
	progress: (f: number) => void = () => {}
): ClvFitResult {
	const cal = resolveCalibrationEnd(settings, table);
	const s = { ...settings, calibrationEnd: cal.end };
	const b = clvBundle(table, s.model, s.unit, cal.end, progress);
	const sm = b.summary;
	const issues: ClvIssue[] = [...sm.issues.filter((i) => i.code !== 'no_customers')];
	if (sm.holdoutLength <= 0) issues.push(clvIssue('holdout_empty', 'warning'));
	const spendIssue = b.spendCorrelation?.issue ?? null;
	return {
		settings: s,
		data: {
			source: 'transactions',
			dropped: 0,
			repeatersWithoutSpend: 0,
			firstDay: cal.first,
			lastDay: cal.last,
			defaultCalibrationEnd: cal.byDefault,
			holdoutEnd: sm.holdoutEnd,
			holdoutLength: sm.holdoutLength,
			customers: sm.length,
			excludedLate: sm.excludedLate,
			hasAmounts: sm.hasAmounts,
			nonPositiveSpends: sm.nonPositiveSpends
		},
		issues,
		fit: b.fit ? fitSummaryOf(b.fit) : null,
		fitError: b.fitError,
		spendFit: b.spendFit ? fitSummaryOf(b.spendFit) : null,
		spendError: b.spendError,
		spendCorrelation: b.spendCorrelation
			? { r: b.spendCorrelation.r, n: b.spendCorrelation.n, issue: spendIssue }
			: null,
		example: b.example,
		tracking: b.tracking,
		holdout: b.holdout,
		matrix: matrixOf(b, s),
		customers: clvPredictions(table, b, s)
	};
}

/** The same analysis on an imported summary, its recency and T read in `settings.unit`. */
export function clvSummaryFitResult(
	table: SummaryTable,
	settings: ClvSettings,
	progress: (f: number) => void = () => {}
): ClvFitResult {
	const s = { ...settings, source: 'summary' as const, calibrationEnd: 0 };
	const b = clvSummaryBundle(table, s.model, s.unit, progress);
	const sm = b.summary;
	const spendIssue = b.spendCorrelation?.issue ?? null;
	return {
		settings: s,
		data: {
			source: 'summary',
			dropped: sm.dropped,
			repeatersWithoutSpend: sm.repeatersWithoutSpend,
			firstDay: 0,
			lastDay: 0,
			defaultCalibrationEnd: 0,
			holdoutEnd: 0,
			holdoutLength: 0,
			customers: sm.length,
			excludedLate: 0,
			hasAmounts: sm.hasAmounts,
			nonPositiveSpends: 0
		},
		issues: [],
		fit: b.fit ? fitSummaryOf(b.fit) : null,
		fitError: b.fitError,
		spendFit: b.spendFit ? fitSummaryOf(b.spendFit) : null,
		spendError: b.spendError,
		spendCorrelation: b.spendCorrelation
			? { r: b.spendCorrelation.r, n: b.spendCorrelation.n, issue: spendIssue }
			: null,
		example: null,
		tracking: null,
		holdout: null,
		matrix: matrixOf(b, s),
		customers: clvPredictions(null, b, s)
	};
}

export async function clvFit(ctx: AnalysisContext, params: Record<string, unknown>) {
	const settings = clvSettingsFrom(params);
	const progress = (f: number) => ctx.progress(f);
	const result =
		settings.source === 'summary'
			? clvSummaryFitResult(await ctx.summary(settings.id), settings, progress)
			: clvFitResult(await ctx.transactions(settings.id), settings, progress);
	rememberClvSettings(settings);
	ctx.progress(1);
	return result;
}
