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

const finite = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]) =>
	allowed.includes(v as T) ? (v as T) : undefined;

/** Params arrive as plain JSON: keep what has the right type, drop the rest (the defaults). */
function readParams(params: Record<string, unknown>): LifecycleCustomersParams {
	const c =
		params.churn && typeof params.churn === 'object'
			? (params.churn as Record<string, unknown>)
			: {};
	const churn: Partial<ChurnRuleOptions> = {};
	const method = oneOf(c.method, ['auto', 'model', 'gap', 'days'] as const);
	if (method) churn.method = method;
	const model = oneOf(c.model, ['best', 'bgnbd', 'mbgnbd', 'paretonbd'] as const);
	if (model) churn.model = model;
	for (const k of ['cutoff', 'gapMultiple', 'floorDays', 'days'] as const) {
		const n = finite(c[k]);
		if (n !== undefined) churn[k] = n;
	}
	return {
		id: String(params.id ?? ''),
		asOf: typeof params.asOf === 'string' ? params.asOf : undefined,
		inactiveDays: finite(params.inactiveDays),
		churn
	};
}

export async function lifecycleCustomers(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<LifecycleReport> {
	const p = readParams(params);
	const tx = await ctx.transactions(p.id);
	return lifecycleRun(() =>
		lifecycleReport(tx, { asOf: p.asOf, inactiveDays: p.inactiveDays, churn: p.churn })
	);
}
