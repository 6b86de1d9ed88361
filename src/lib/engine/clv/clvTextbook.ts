// "Reproduce the textbook result": BG/NBD, Pareto/NBD and Gamma-Gamma on a dataset with the
// published CDNOW set-up (calibration to 1997-09-30 inclusive, weeks), for comparison with the
// numbers in the literature.
import { dayFromISO } from '../../analytics/dates';
import { fitReport, isClvIssue } from '../../analytics/clv';
import { AnalysisProblem, type AnalysisContext } from '../context';
import type { TextbookFit } from './clvResult';

export const TEXTBOOK_CALIBRATION_END = '1997-09-30';

export async function clvTextbook(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<TextbookFit[]> {
	const table = await ctx.transactions(String(params.id ?? ''));
	const calibrationEnd = dayFromISO(TEXTBOOK_CALIBRATION_END);
	const models = ['bgnbd', 'paretonbd', 'gammagamma'] as const;
	const out: TextbookFit[] = [];
	for (const [k, model] of models.entries()) {
		try {
			const r = fitReport(table, { model, calibrationEnd, unit: 'week' });
			out.push({
				model,
				params: r.params,
				logLik: r.logLik,
				customers: r.customers,
				repeaters: r.repeaters
			});
		} catch (e) {
			if (isClvIssue(e)) throw new AnalysisProblem(`clv.issue.${e.code}`, e.values ?? {});
			throw e;
		}
		ctx.progress((k + 1) / models.length);
	}
	return out;
}
