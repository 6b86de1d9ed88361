// Survival of customer relationships for the Lifecycle view: churn by the shared alive/churned
// rule (the default, so survival agrees with stages and Lifetime value), by one inactivity
// threshold (given or derived) or by the customers dataset's churn flag/date; Kaplan–Meier
// overall and by acquisition cohort or by a customer attribute.
import {
	acquisitionGroups,
	customerSurvival,
	GRAINS,
	type CustomerGroups,
	type Grain
} from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import {
	alignedCustomers,
	baseParams,
	lifecycleData,
	lifecycleRun,
	memo,
	thresholdInfo
} from './lifecycleBase';
import type { ChurnRule, ChurnRuleSummary, SurvivalResult } from './lifecycleResult';
import { churnOptionsFrom, churnRuleFor, churnRuleSummary } from './lifecycleChurnRule';
import { survivalTests } from './survivalTests';

/** groupBy: 'none', 'cohort:<grain>' or 'attr:<customers column key>'. */
export async function lifecycleSurvival(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<SurvivalResult> {
	const p = baseParams(params);
	const d = await lifecycleData(ctx, p);
	const customers = await alignedCustomers(ctx, d.tx, p.customersId);
	const flagAvailable = !!customers?.churned;
	const rule: ChurnRule =
		params.rule === 'flag' && flagAvailable
			? 'flag'
			: params.rule === 'inactivity'
				? 'inactivity'
				: 'shared';
	const threshold = rule === 'inactivity' ? thresholdInfo(d, p.inactiveDays) : null;
	// The shared rule decides churned per customer; a relationship then ends at its last purchase.
	const options = rule === 'shared' ? churnOptionsFrom(params, p.inactiveDays) : null;
	const shared = options ? await churnRuleFor(ctx, d, p, options) : null;
	const churnRule: ChurnRuleSummary | null = shared ? churnRuleSummary(shared, d.asOf) : null;
	const groupBy = String(params.groupBy ?? 'none');
	let groups: CustomerGroups | null = null;
	if (groupBy.startsWith('cohort:')) {
		const grain = groupBy.slice(7) as Grain;
		if (GRAINS.includes(grain)) groups = acquisitionGroups(d.cd, grain);
	} else if (groupBy.startsWith('attr:')) {
		const a = customers?.attributes.find((x) => x.key === groupBy.slice(5));
		if (a) groups = { codes: a.codes, labels: a.names };
	}
	const usedGroup = groups ? groupBy : 'none';
	const key = `surv|${d.asOf}|${rule}|${threshold?.used.days ?? ''}|${options ? JSON.stringify(options) : ''}|${usedGroup}|${p.customersId ?? ''}`;
	const s = memo(d.tx, key, () =>
		lifecycleRun(() =>
			customerSurvival(d.cd, {
				...(shared
					? { churn: { churned: shared.churned } }
					: rule === 'flag' && customers?.churned
						? {
								churn: {
									churned: customers.churned,
									churnDays: customers.churnDays ?? undefined
								}
							}
						: { inactiveDays: threshold!.used.days }),
				groupBy: groups ?? undefined
			})
		)
	);
	// Groups with nobody in them (a label no buyer carries) would draw nothing.
	const curves = s.groups.filter((g) => g.curve.n > 0);
	return {
		...survivalTests(s.overall, curves),
		asOf: d.asOf,
		rule,
		churnRule,
		threshold,
		churned: s.churn.churned,
		active: s.churn.active,
		overall: s.overall,
		groups: curves,
		flagAvailable,
		attributes: (customers?.attributes ?? []).map(({ key, header, labels }) => ({
			key,
			header,
			labels
		}))
	};
}
