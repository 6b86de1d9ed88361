// What the Lifecycle view's settings bar shows before any chart: the analysis date in use and
// its default, the data's span, and the inactivity threshold with how it was derived.
import { lastDayAsOf } from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import {
	alignedCustomers,
	baseParams,
	lifecycleData,
	lifecycleRun,
	thresholdInfo
} from './lifecycleBase';
import { churnOptionsFrom, churnRuleFor, churnRuleSummary } from './lifecycleChurnRule';
import type { LifecycleOverview } from './lifecycleResult';

export async function lifecycleOverview(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<LifecycleOverview> {
	const p = baseParams(params);
	const d = await lifecycleData(ctx, p);
	const customers = await alignedCustomers(ctx, d.tx, p.customersId);
	const { offsets, day } = d.cd;
	let buyers = 0;
	let first = Infinity;
	let last = -Infinity;
	for (let c = 0; c + 1 < offsets.length; c++) {
		if (offsets[c + 1] === offsets[c]) continue;
		buyers++;
		first = Math.min(first, day[offsets[c]]);
		last = Math.max(last, day[offsets[c + 1] - 1]);
	}
	let threshold = null;
	try {
		threshold = thresholdInfo(d, p.inactiveDays);
	} catch {
		// Nobody bought twice and no threshold was set: the bar asks the user for one.
		threshold = null;
	}
	let churnRule = null;
	if (buyers > 0) {
		const r = await churnRuleFor(ctx, d, p, churnOptionsFrom(params, p.inactiveDays));
		churnRule = churnRuleSummary(r, d.asOf);
	}
	return {
		asOf: d.asOf,
		defaultAsOf: lifecycleRun(() => lastDayAsOf(d.tx)),
		firstDay: Number.isFinite(first) ? first : null,
		lastDay: Number.isFinite(last) ? last : null,
		customers: buyers,
		hasAmount: d.cd.hasAmount,
		threshold,
		churnRule,
		signupAvailable: !!customers?.signup,
		flagAvailable: !!customers?.churned
	};
}
