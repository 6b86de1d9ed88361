// `cli lifecycle`'s analysis: every customer's relationship stage and exit pattern at the
// analysis date under the shared alive/churned rule, with the totals (lifecycleReport). The
// Lifecycle view reaches the same pieces separately (lifecycleChurnRule, lifecycleStages); this
// joins them per customer, a table the view does not show.
import {
	lifecycleReport,
	type ChurnRuleOptions,
	type LifecycleReport
} from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import { lifecycleRun } from './lifecycleBase';

export interface LifecycleCustomersParams {
	id: string;
	/** ISO date, exclusive; omitted = the day after the last purchase. */
	asOf?: string;
	/** One inactivity threshold for everybody (the `days` rule) instead of the shared rule. */
	inactiveDays?: number;
	churn?: Partial<ChurnRuleOptions>;
}

export async function lifecycleCustomers(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<LifecycleReport> {
	// Params are plain data from the caller (the CLI), shaped as LifecycleCustomersParams.
	const p = params as unknown as LifecycleCustomersParams;
	const tx = await ctx.transactions(p.id);
	return lifecycleRun(() =>
		lifecycleReport(tx, { asOf: p.asOf, inactiveDays: p.inactiveDays, churn: p.churn })
	);
}
