// Headless lifecycle report for the CLI: the shared alive/churned rule (churnRule.ts) and its
// parameters, customers per stage at asOf, per exit pattern, and every customer's stage and
// pattern (and P(alive) when the model decides).
import { isoFromDay } from '../dates';
import type { Day, TransactionTable } from '../types';
import { churnRule, type ChurnModelInfo, type ChurnRuleOptions } from './churnRule';
import { customerDays } from './customerDays';
import { CUSTOMER_PATTERNS, NO_PATTERN, type CustomerPattern } from './exitPatternOf';
import {
	givenThreshold,
	inactivityThreshold,
	type InactivityThreshold
} from './inactivityThreshold';
import { resolveAsOf } from './resolveAsOf';
import { stageAnalysis } from './stageAnalysis';
import { resolveStageRules, STAGES, type Stage, type StageRules } from './stageRules';

export interface LifecycleReport {
	asOf: string;
	/** The pooled threshold: the one given, else the 90th percentile of gaps (for comparison). */
	inactiveDays: number | null;
	threshold: InactivityThreshold | null;
	/** The rule that decided alive/churned: method, its parameters, the model when used. */
	churnRule: {
		method: string;
		params: Record<string, number | string>;
		model: ChurnModelInfo | null;
		fallback: string | null;
	};
	rules: StageRules;
	stages: Record<Stage, number>;
	patterns: Record<CustomerPattern, number>;
	/** Customers with at least one purchase before asOf, in table order. */
	customers: { customerId: string; stage: Stage; pattern: CustomerPattern; pAlive?: number }[];
}

export function lifecycleReport(
	tx: TransactionTable,
	options: {
		asOf?: Day | string;
		inactiveDays?: number;
		rules?: Partial<StageRules>;
		churn?: Partial<ChurnRuleOptions>;
	} = {}
): LifecycleReport {
	const asOf = resolveAsOf(tx, options.asOf);
	const cd = customerDays(tx, asOf);
	let threshold: InactivityThreshold | null = null;
	if (options.inactiveDays !== undefined) threshold = givenThreshold(options.inactiveDays);
	else
		try {
			threshold = inactivityThreshold(cd);
		} catch {
			// Nobody bought twice: no pooled threshold; the churn rule still decides.
			threshold = null;
		}
	const churn = churnRule(
		cd,
		options.inactiveDays !== undefined
			? { ...options.churn, method: 'days', days: options.inactiveDays }
			: (options.churn ?? {})
	);
	const rules = resolveStageRules(options.rules);
	const a = stageAnalysis(cd, churn.thresholdDays, rules);
	const customers: LifecycleReport['customers'] = [];
	cd.customerIds.forEach((customerId, c) => {
		if (a.customerPattern[c] === NO_PATTERN) return;
		const row: LifecycleReport['customers'][number] = {
			customerId,
			stage: STAGES[a.customerStage[c]],
			pattern: CUSTOMER_PATTERNS[a.customerPattern[c]]
		};
		if (churn.pAlive) row.pAlive = churn.pAlive[c];
		customers.push(row);
	});
	return {
		asOf: isoFromDay(asOf),
		inactiveDays: threshold?.days ?? null,
		threshold,
		churnRule: {
			method: churn.method,
			params: churn.params,
			model: churn.model,
			fallback: churn.fallback
		},
		rules,
		stages: a.stageTotals,
		patterns: a.patternTotals,
		customers
	};
}
