// Stages per customer per period, the exit patterns and their life curves for the Lifecycle
// view, under the rules the user edits. One stage walk feeds every number, so they agree.
import {
	CUSTOMER_PATTERNS,
	NO_PATTERN,
	resolveStageRules,
	stageAnalysis,
	exitPatterns,
	LifecycleError,
	type StageRules
} from '../../analytics/lifecycle';
import type { CustomerDays } from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import {
	baseParams,
	lifecycleData,
	lifecycleRun,
	memo,
	thresholdInfo,
	type LifecycleData
} from './lifecycleBase';
import { churnOptionsFrom, churnRuleFor, churnRuleSummary } from './lifecycleChurnRule';
import type { ExampleCustomer, StagesResult } from './lifecycleResult';
import type { ChurnRuleResult } from '../../analytics/lifecycle';
import { emptyRecord } from '../../analytics/emptyRecord';
import { fromCents, toCents } from '../../analytics/money';

/** Example customers listed per pattern in the customer picker. */
const EXAMPLES = 6;

/** The user's rules checked by the engine (bad_rules names the first bad field). */
export function rulesFrom(params: Record<string, unknown>): StageRules {
	const raw = (params.rules ?? {}) as Partial<Record<keyof StageRules, unknown>>;
	const partial: Partial<StageRules> = {};
	for (const [k, v] of Object.entries(raw)) {
		if (v === undefined || v === null) continue;
		(partial as Record<string, unknown>)[k] = k === 'grain' ? v : Number(v);
	}
	return lifecycleRun(() => resolveStageRules(partial));
}

/**
 * Shared by the stage, transition and timeline analyses: data, the pooled threshold (still shown
 * for comparison), the shared churn rule and the stage rules in one step.
 */
export async function stageInputs(ctx: AnalysisContext, params: Record<string, unknown>) {
	const p = baseParams(params);
	const d = await lifecycleData(ctx, p);
	const options = churnOptionsFrom(params, p.inactiveDays);
	const churn = await churnRuleFor(ctx, d, p, options);
	let threshold: StagesResult['threshold'] | null = null;
	try {
		threshold = thresholdInfo(d, p.inactiveDays);
	} catch {
		// Nobody bought twice: there is no pooled threshold, the churn rule still stands.
		threshold = null;
	}
	const rules = rulesFrom(params);
	return { d, threshold, churn, churnKey: JSON.stringify(options), rules };
}

export async function lifecycleStages(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<StagesResult> {
	const { d, threshold, churn, churnKey, rules } = await stageInputs(ctx, params);
	const key = `stages|${d.asOf}|${churnKey}|${params.customersId ?? ''}|${JSON.stringify(rules)}`;
	return memo(d.tx, key, () => lifecycleRun(() => stages(d, threshold, churn, rules)));
}

function stages(
	d: LifecycleData,
	threshold: StagesResult['threshold'] | null,
	churn: ChurnRuleResult,
	rules: StageRules
): StagesResult {
	const a = stageAnalysis(d.cd, churn.thresholdDays, rules);
	// A single period has no before and after: say so instead of drawing one column.
	if (a.periods.length < 2)
		throw new LifecycleError({
			code: 'too_few_periods',
			params: { periods: a.periods.length, grain: rules.grain }
		});
	return {
		asOf: d.asOf,
		threshold: threshold ?? {
			used: { days: 0, method: 'given', percentile: null, quantile: null, gaps: 0 },
			derived: null
		},
		churnRule: churnRuleSummary(churn, d.asOf),
		rules,
		spendBasis: a.spendBasis,
		periods: a.periods,
		counts: a.counts,
		revenue: a.revenue,
		stageTotals: a.stageTotals,
		patternTotals: a.patternTotals,
		exitPatterns: exitPatterns(d.cd, a),
		examples: examples(d.cd, a.customerPattern),
		issues: []
	};
}

/** Per pattern, customers at evenly spaced revenue ranks: typical ones, not only the largest. */
function examples(cd: CustomerDays, pattern: Uint8Array): Record<string, ExampleCustomer[]> {
	const nc = cd.offsets.length - 1;
	const revenue = new Float64Array(nc);
	for (let c = 0; c < nc; c++)
		for (let j = cd.offsets[c]; j < cd.offsets[c + 1]; j++)
			revenue[c] += cd.hasAmount ? toCents(cd.spend[j]) : 1;
	// Summed in cents (exact to the cent, money.ts), shown in currency units.
	if (cd.hasAmount) for (let c = 0; c < nc; c++) revenue[c] = fromCents(revenue[c]);
	const byPattern: number[][] = CUSTOMER_PATTERNS.map(() => []);
	for (let c = 0; c < nc; c++) if (pattern[c] !== NO_PATTERN) byPattern[pattern[c]].push(c);
	const out: Record<string, ExampleCustomer[]> = emptyRecord();
	CUSTOMER_PATTERNS.forEach((name, p) => {
		const list = byPattern[p].sort((x, y) => revenue[y] - revenue[x]);
		const n = Math.min(EXAMPLES, list.length);
		const picked = new Set<number>();
		for (let i = 0; i < n; i++)
			picked.add(list[Math.round((i * (list.length - 1)) / Math.max(1, n - 1))]);
		out[name] = [...picked].map((c) => ({
			customerId: cd.customerIds[c],
			revenue: revenue[c]
		}));
	});
	return out;
}
