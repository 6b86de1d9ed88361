// The shared alive/churned rule in the engine worker: options from plain params, the model fit
// cached per table and analysis date (the Pareto/NBD fit takes seconds), the rule's result cached
// per options, and a plain summary every page shows (Lifecycle edits it; Lifetime value,
// Segments and the charts name it). A churn flag or date in the customers dataset overrides it.
import {
	churnRule,
	fitChurnModel,
	resolveChurnRule,
	type ChurnRuleOptions,
	type ChurnRuleResult
} from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import {
	alignedCustomers,
	baseParams,
	lifecycleData,
	lifecycleRun,
	memo,
	type LifecycleData
} from './lifecycleBase';
import type { ChurnRuleSummary, LifecycleBaseParams } from './lifecycleResult';

/** Model fits per table and key, apart from memo() so that flipping views never evicts them. */
const fits = new WeakMap<object, Map<string, ReturnType<typeof fitChurnModel>>>();
function cachedFit(owner: object, key: string, make: () => ReturnType<typeof fitChurnModel>) {
	let m = fits.get(owner);
	if (!m) fits.set(owner, (m = new Map()));
	let hit = m.get(key);
	if (!hit) m.set(key, (hit = make()));
	// A handful of (asOf, model) pairs at most; the oldest goes first.
	if (m.size > 6) m.delete(m.keys().next().value as string);
	return hit;
}

/** The rule's options from params.churn; a given inactiveDays means one threshold for all. */
export function churnOptionsFrom(
	params: Record<string, unknown>,
	inactiveDays: number | null
): ChurnRuleOptions {
	const raw = (params.churn ?? {}) as Record<string, unknown>;
	const partial: Partial<ChurnRuleOptions> = {};
	if (typeof raw.method === 'string') partial.method = raw.method as ChurnRuleOptions['method'];
	if (typeof raw.model === 'string') partial.model = raw.model as ChurnRuleOptions['model'];
	for (const k of ['cutoff', 'gapMultiple', 'floorDays'] as const)
		if (raw[k] !== undefined && raw[k] !== null && raw[k] !== '') partial[k] = Number(raw[k]);
	if (inactiveDays !== null) {
		partial.method = 'days';
		partial.days = inactiveDays;
	}
	return lifecycleRun(() => resolveChurnRule(partial));
}

/** The rule for the dataset, asOf and options, with the customers dataset's flags applied. */
export async function churnRuleFor(
	ctx: AnalysisContext,
	d: LifecycleData,
	p: LifecycleBaseParams,
	options: ChurnRuleOptions
): Promise<ChurnRuleResult> {
	const customers = await alignedCustomers(ctx, d.tx, p.customersId);
	const override =
		customers?.churned && customers.churnKnown
			? { churned: customers.churned, churnDays: customers.churnDays, known: customers.churnKnown }
			: null;
	const fitKey = `churnfit|${d.asOf}|${options.model}`;
	const needsFit = options.method === 'auto' || options.method === 'model';
	const key = `churn|${d.asOf}|${JSON.stringify(options)}|${override ? p.customersId : ''}`;
	return memo(d.tx, key, () =>
		lifecycleRun(() => {
			const fit = needsFit
				? cachedFit(d.tx, fitKey, () => fitChurnModel(d.cd, options.model))
				: null;
			return churnRule(d.cd, options, override, fit);
		})
	);
}

/** What a page shows of the rule: method, parameters, the model and why, and the counts. */
export function churnRuleSummary(r: ChurnRuleResult, asOf: number): ChurnRuleSummary {
	return {
		asOf,
		method: r.method,
		params: { ...r.params },
		model: r.model,
		fallback: r.fallback,
		alive: r.alive,
		churned: r.churnedCount,
		flagged: r.flagged
	};
}

/** The registered analysis: the rule's summary for one dataset and the shared settings. */
export async function lifecycleChurnRule(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ChurnRuleSummary> {
	const p = baseParams(params);
	const d = await lifecycleData(ctx, p);
	const options = churnOptionsFrom(params, p.inactiveDays);
	const r = await churnRuleFor(ctx, d, p, options);
	return churnRuleSummary(r, d.asOf);
}
