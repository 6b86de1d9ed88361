// Stage transition matrix between two dates, under the view's stage rules and threshold.
import { dayFromISO } from '../../analytics/dates';
import { stageTransitions, type StageTransitions } from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import { lifecycleRun, memo } from './lifecycleBase';
import { stageInputs } from './lifecycleStages';

export async function lifecycleTransitions(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<StageTransitions> {
	const { d, churn, churnKey, rules } = await stageInputs(ctx, params);
	const from = dayFromISO(String(params.from ?? ''));
	const to = dayFromISO(String(params.to ?? ''));
	const key = `trans|${d.asOf}|${churnKey}|${params.customersId ?? ''}|${JSON.stringify(rules)}|${from}|${to}`;
	return memo(d.tx, key, () =>
		lifecycleRun(() => stageTransitions(d.cd, churn.thresholdDays, rules, from, to))
	);
}
