// What R's survival package prints beside the curves: each curve's median lifetime with its
// confidence interval, and the log-rank test between the groups (null with fewer than two).
import {
	logRank,
	survivalMedian,
	type GroupCurve,
	type KaplanMeierCurve,
	type LogRank,
	type SurvivalMedian
} from '../../analytics/lifecycle';

export interface SurvivalTests {
	overallMedian: SurvivalMedian;
	/** Aligned with the result's groups. */
	groupMedians: SurvivalMedian[];
	logRank: LogRank | null;
}

export function survivalTests(overall: KaplanMeierCurve, groups: GroupCurve[]): SurvivalTests {
	return {
		overallMedian: survivalMedian(overall),
		groupMedians: groups.map((g) => survivalMedian(g.curve)),
		logRank: groups.length >= 2 ? logRank(groups.map((g) => g.curve)) : null
	};
}
