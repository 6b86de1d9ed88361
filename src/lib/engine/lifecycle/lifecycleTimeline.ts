// One customer's stage, spend and purchases period by period, for the customer profile.
import { stageTimeline, type StageTimeline } from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import { lifecycleRun } from './lifecycleBase';
import { stageInputs } from './lifecycleStages';

export async function lifecycleTimeline(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<StageTimeline> {
	const { d, churn, rules } = await stageInputs(ctx, params);
	const customerId = String(params.customerId ?? '').trim();
	return lifecycleRun(() => stageTimeline(d.cd, customerId, churn.thresholdDays, rules));
}
