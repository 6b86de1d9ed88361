// Headless lifecycle report for the CLI: the inactivity threshold used, customers per stage at
// asOf, per exit pattern, and every customer's stage and pattern.
import { isoFromDay } from '../dates';
import type { Day, TransactionTable } from '../types';
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
	inactiveDays: number;
	/** How the threshold was obtained (given, or a percentile of inter-purchase gaps). */
	threshold: InactivityThreshold;
	rules: StageRules;
	stages: Record<Stage, number>;
	patterns: Record<CustomerPattern, number>;
	/** Customers with at least one purchase before asOf, in table order. */
	customers: { customerId: string; stage: Stage; pattern: CustomerPattern }[];
}

export function lifecycleReport(
	tx: TransactionTable,
	options: { asOf?: Day | string; inactiveDays?: number; rules?: Partial<StageRules> } = {}
): LifecycleReport {
	const asOf = resolveAsOf(tx, options.asOf);
	const cd = customerDays(tx, asOf);
	const threshold =
		options.inactiveDays !== undefined
			? givenThreshold(options.inactiveDays)
			: inactivityThreshold(cd);
	const rules = resolveStageRules(options.rules);
	const a = stageAnalysis(cd, threshold.days, rules);
	const customers: LifecycleReport['customers'] = [];
	cd.customerIds.forEach((customerId, c) => {
		if (a.customerPattern[c] === NO_PATTERN) return;
		customers.push({
			customerId,
			stage: STAGES[a.customerStage[c]],
			pattern: CUSTOMER_PATTERNS[a.customerPattern[c]]
		});
	});
	return {
		asOf: isoFromDay(asOf),
		inactiveDays: threshold.days,
		threshold,
		rules,
		stages: a.stageTotals,
		patterns: a.patternTotals,
		customers
	};
}
