// Per-customer CLV for other views (the value pyramid ranks customers by it): the active
// transactions dataset (or customer summary) with the settings last used on the Lifetime value
// view (or the defaults). Throws a `clv.issue.*` problem when no monetary CLV can be computed.
import { AnalysisProblem, type AnalysisContext } from '../context';
import type { TransactionTable } from '../../analytics/types';
import { clvBundle, type ClvBundle } from './clvBundle';
import { clvHorizon } from './clvHorizon';
import { clvSummaryBundle } from './clvSummaryBundle';
import { clvPredictions } from './clvPredictions';
import type { ClvValues } from './clvResult';
import { clvSettingsFrom, resolveCalibrationEnd } from './clvSettings';

export async function clvValues(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvValues> {
	// A caller may ask for predictions from its own date (the pyramid uses its analysis date);
	// everything else comes from the settings the caller sends (the KPI strip sends the Lifetime
	// value page's), else those the Lifetime value view last used.
	// A summary's unit is the caller's (the user stated it for the dataset), not a model choice.
	const given =
		params.settings && typeof params.settings === 'object'
			? (params.settings as Record<string, unknown>)
			: {};
	const settings = clvSettingsFrom({
		...given,
		id: params.id,
		calibrationEnd: params.calibrationEnd,
		source: params.source ?? given.source,
		unit: params.source === 'summary' ? params.unit : given.unit
	});
	const progress = (f: number) => ctx.progress(f);
	let table: TransactionTable | null = null;
	let b: ClvBundle;
	let asOf = 0;
	if (settings.source === 'summary') {
		b = clvSummaryBundle(await ctx.summary(settings.id), settings.model, settings.unit, progress);
	} else {
		table = await ctx.transactions(settings.id);
		const cal = resolveCalibrationEnd(settings, table);
		asOf = cal.end;
		b = clvBundle(table, settings.model, settings.unit, cal.end, progress);
	}
	if (!b.fit) {
		const issue = b.fitError;
		throw new AnalysisProblem(`clv.issue.${issue?.code ?? 'no_customers'}`, issue?.values ?? {});
	}
	if (!b.summary.hasAmounts) throw new AnalysisProblem('clv.issue.no_amounts');
	if (settings.spend === 'gammagamma' && !b.spendFit) {
		const issue = b.spendError;
		throw new AnalysisProblem(`clv.issue.${issue?.code ?? 'no_amounts'}`, issue?.values ?? {});
	}
	const p = clvPredictions(table, b, { ...settings, calibrationEnd: asOf });
	if (!p) throw new AnalysisProblem('clv.issue.no_customers');
	const ids: string[] = [];
	const clv: number[] = [];
	for (let i = 0; i < p.ids.length; i++)
		if (Number.isFinite(p.clv[i])) {
			ids.push(p.ids[i]);
			clv.push(p.clv[i]);
		}
	return {
		ids,
		clv,
		basis: 'clv',
		model: settings.model,
		asOf,
		horizonMonths: clvHorizon(settings).months
	};
}
