// Public surface of the lifecycle engine: cohorts, survival, sBG retention, stages, exit patterns
// and the two CLI reports. Build CustomerDays once (customerDays) and pass it to each analysis.
export { customerDays, lastDayAsOf, type CustomerDays } from './customerDays';
export { resolveAsOf } from './resolveAsOf';
export { GRAINS, periodOfDay, periodStartDay, type Grain } from './periodOfDay';
export {
	LifecycleError,
	LIFECYCLE_ISSUE_CODES,
	isLifecycleIssue,
	type LifecycleIssue,
	type LifecycleIssueCode
} from './lifecycleIssue';
export { cohortTable, type Cohort, type CohortOptions, type CohortTable } from './cohortTable';
export {
	givenThreshold,
	inactivityThreshold,
	type InactivityThreshold
} from './inactivityThreshold';
export { flaggedChurn, inactivityChurn, type ChurnFlags, type ChurnTimes } from './churnTimes';
export { kaplanMeier, type KaplanMeierCurve, type KaplanMeierPoint } from './kaplanMeier';
export {
	acquisitionGroups,
	survivalByGroup,
	type CustomerGroups,
	type GroupCurve
} from './survivalByGroup';
export {
	customerSurvival,
	type CustomerSurvival,
	type CustomerSurvivalOptions
} from './customerSurvival';
export { sbgChurnProbabilities, sbgLogLik, sbgRetention, sbgSurvival } from './sbgLogLik';
export { sbgFit, type SbgFit } from './sbgFit';
export { sbgProject, type SbgProjection } from './sbgProject';
export {
	DEFAULT_STAGE_RULES,
	FIVE_STAGE_NAMES,
	NO_STAGE,
	STAGES,
	resolveStageRules,
	type FiveStageName,
	type Stage,
	type StageRules
} from './stageRules';
export {
	ACTIVE_PATTERN,
	CUSTOMER_PATTERNS,
	EXIT_PATTERNS,
	NO_PATTERN,
	exitPatternOf,
	type CustomerPattern,
	type ExitPattern
} from './exitPatternOf';
export { createStageWalker, type StageWalk, type StageWalker } from './stageWalker';
export { stageAnalysis, type StageAnalysis } from './stageAnalysis';
export { exitPatterns, type ExitPatternSummary, type ExitPatterns } from './exitPatterns';
export { stageTransitions, type StageTransitions, type TransitionRow } from './stageTransitions';
export { stageTimeline, type StageTimeline, type TimelinePoint } from './stageTimeline';
export {
	COHORT_METRICS,
	cohortsReport,
	type CohortMetric,
	type CohortsReport
} from './cohortsReport';
export { lifecycleReport, type LifecycleReport } from './lifecycleReport';
export {
	BEST_CANDIDATES,
	DEFAULT_CHURN_RULE,
	churnRule,
	fitChurnModel,
	resolveChurnRule,
	type ChurnMethod,
	type ChurnModelChoice,
	type ChurnModelInfo,
	type ChurnOverride,
	type ChurnRuleOptions,
	type ChurnRuleResult
} from './churnRule';
export { survivalMedian, stepQuantile, type SurvivalMedian } from './survivalMedian';
export { logRank, type LogRank } from './logRank';
export { chiSquareUpper } from './chiSquareUpper';
