// Survival of customer relationships in one call: churn rule (inactivity threshold, derived from
// the data unless given, or the caller's churn flags), then Kaplan–Meier overall and by group.
import { flaggedChurn, inactivityChurn, type ChurnFlags, type ChurnTimes } from './churnTimes';
import type { CustomerDays } from './customerDays';
import {
	givenThreshold,
	inactivityThreshold,
	type InactivityThreshold
} from './inactivityThreshold';
import { kaplanMeier, type KaplanMeierCurve } from './kaplanMeier';
import type { Grain } from './periodOfDay';
import {
	acquisitionGroups,
	survivalByGroup,
	type CustomerGroups,
	type GroupCurve
} from './survivalByGroup';

export interface CustomerSurvivalOptions {
	/** Inactivity threshold in days; derived from the gaps when omitted. */
	inactiveDays?: number;
	/** Percentile of gaps for the derived threshold (default 0.9). */
	percentile?: number;
	/** Churn flags from a customers dataset; replaces the inactivity rule. */
	churn?: ChurnFlags;
	censorAt?: 'asOf' | 'lastPurchase';
	/** Curves by acquisition cohort of a grain, or by any per-customer category. */
	groupBy?: { cohort: Grain } | CustomerGroups;
	confidence?: number;
}

export interface CustomerSurvival {
	asOf: number;
	/** Time unit of every curve. */
	unit: 'day';
	/** How churn was decided; threshold is null when flags were used. */
	threshold: InactivityThreshold | null;
	churn: Pick<ChurnTimes, 'rule' | 'churned' | 'active'>;
	overall: KaplanMeierCurve;
	groups: GroupCurve[];
}

export function customerSurvival(
	cd: CustomerDays,
	options: CustomerSurvivalOptions = {}
): CustomerSurvival {
	const confidence = options.confidence ?? 0.95;
	let threshold: InactivityThreshold | null = null;
	let times: ChurnTimes;
	if (options.churn) times = flaggedChurn(cd, options.churn);
	else {
		threshold =
			options.inactiveDays !== undefined
				? givenThreshold(options.inactiveDays)
				: inactivityThreshold(cd, options.percentile ?? 0.9);
		times = inactivityChurn(cd, threshold.days, { censorAt: options.censorAt });
	}
	const groupBy = options.groupBy;
	const groups = !groupBy
		? []
		: survivalByGroup(
				times.time,
				times.event,
				'cohort' in groupBy ? acquisitionGroups(cd, groupBy.cohort) : groupBy,
				confidence
			);
	return {
		asOf: cd.asOf,
		unit: 'day',
		threshold,
		churn: { rule: times.rule, churned: times.churned, active: times.active },
		overall: kaplanMeier(times.time, times.event, confidence),
		groups
	};
}
