// Per-customer CLV for other views (the value pyramid ranks customers by it): the active
// transactions dataset with the settings last used on the Lifetime value view (or the
// defaults). Throws a `clv.issue.*` problem when no monetary CLV can be computed.
import { AnalysisProblem, type AnalysisContext } from './context';
import { clvBundle } from './clvBundle';
import { clvPredictions } from './clvPredictions';
import type { ClvValues } from './clvResult';
import { clvSettingsFrom, resolveCalibrationEnd } from './clvSettings';

export async function clvValues(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvValues> {
	// A caller may ask for predictions from its own date (the pyramid uses its analysis date);
	// everything else comes from the Lifetime value view's settings.
	const settings = clvSettingsFrom({ id: params.id, calibrationEnd: params.calibrationEnd });
	const table = await ctx.transactions(settings.id);
	const cal = resolveCalibrationEnd(settings, table);
	const b = clvBundle(table, settings.model, settings.unit, cal.end, (f) => ctx.progress(f));
	if (!b.fit) {
		const issue = b.fitError;
		throw new AnalysisProblem(`clv.issue.${issue?.code ?? 'no_customers'}`, issue?.values ?? {});
	}
	if (!b.summary.hasAmounts) throw new AnalysisProblem('clv.issue.no_amounts');
	if (settings.spend === 'gammagamma' && !b.spendFit) {
		const issue = b.spendError;
		throw new AnalysisProblem(`clv.issue.${issue?.code ?? 'no_amounts'}`, issue?.values ?? {});
	}
	const p = clvPredictions(table, b, { ...settings, calibrationEnd: cal.end });
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
		asOf: cal.end,
		horizonMonths: settings.horizonMonths
	};
}
