// Plain-data results of the lifecycle analyses the engine worker runs for the Lifecycle view.
// Everything here crosses the worker boundary by structured clone.
import type {
	ChurnMethod,
	ChurnModelInfo,
	CohortTable,
	ExitPatterns,
	GroupCurve,
	Grain,
	InactivityThreshold,
	KaplanMeierCurve,
	LifecycleIssue,
	LogRank,
	SurvivalMedian,
	SbgFit,
	SbgProjection,
	Stage,
	StageAnalysis,
	StageRules
} from '../../analytics/lifecycle';

export type CohortAcquisition = 'firstPurchase' | 'signup';
/** 'shared': the one alive/churned rule of the Lifecycle settings (lifecycleChurnRule.ts). */
export type ChurnRule = 'shared' | 'inactivity' | 'flag';

/** The shared alive/churned rule as every page shows it (no per-customer arrays). */
export interface ChurnRuleSummary {
	asOf: number;
	method: ChurnMethod;
	params: Record<string, number | string>;
	model: ChurnModelInfo | null;
	/** Why the model could not be used (a clv issue code), when the gap rule stands in. */
	fallback: string | null;
	alive: number;
	churned: number;
	/** Customers whose churn flag or date in the customers dataset decided. */
	flagged: number;
}

/** Settings every dataset-based lifecycle analysis shares. */
export interface LifecycleBaseParams {
	/** Transactions dataset id. */
	id: string;
	/** Customers dataset id, when the workspace has one. */
	customersId: string | null;
	/** Analysis date (exclusive day number); null = the day after the last transaction. */
	asOf: number | null;
	/** Inactivity threshold in days; null = derived from the gaps between purchases. */
	inactiveDays: number | null;
}

/** The inactivity threshold in use and, for the explanation, the one the data suggest. */
export interface ThresholdInfo {
	used: InactivityThreshold;
	/** null when nobody bought twice (then the user must set it). */
	derived: InactivityThreshold | null;
}

export interface CohortsResult {
	asOf: number;
	acquisition: CohortAcquisition;
	/** True when the customers dataset has a signup date column. */
	signupAvailable: boolean;
	hasAmount: boolean;
	table: CohortTable;
}

/** A customer attribute survival curves can be split by (categories with few labels). */
export interface AttributeChoice {
	key: string;
	header: string;
	labels: number;
}

export interface SurvivalResult {
	asOf: number;
	rule: ChurnRule;
	/** The shared rule as the page names it, when rule is 'shared'. */
	churnRule: ChurnRuleSummary | null;
	threshold: ThresholdInfo | null;
	churned: number;
	active: number;
	overall: KaplanMeierCurve;
	groups: GroupCurve[];
	/** What the customers dataset offers: a churn flag/date and attributes to group by. */
	flagAvailable: boolean;
	attributes: AttributeChoice[];
	/** Medians with their intervals and the log-rank test (survivalTests.ts). */
	overallMedian: SurvivalMedian;
	groupMedians: SurvivalMedian[];
	logRank: LogRank | null;
}

export interface SbgResult {
	fitPeriods: number;
	fit: SbgFit;
	/** Projection over every period typed, for a cohort the size of survivors[0]. */
	projection: SbgProjection;
	survivors: number[];
}

export interface ExampleCustomer {
	customerId: string;
	revenue: number;
}

export interface StagesResult {
	asOf: number;
	threshold: ThresholdInfo;
	/** The alive/churned rule the stages and exit patterns were computed on. */
	churnRule: ChurnRuleSummary;
	rules: StageRules;
	spendBasis: StageAnalysis['spendBasis'];
	periods: string[];
	counts: Record<Stage, number[]>;
	revenue: Record<Stage, number[]>;
	stageTotals: StageAnalysis['stageTotals'];
	patternTotals: StageAnalysis['patternTotals'];
	exitPatterns: ExitPatterns;
	/** A few customers of each pattern (I–IV, active), spread from high to low revenue. */
	examples: Record<string, ExampleCustomer[]>;
	issues: LifecycleIssue[];
}

export type { Grain };

export interface LifecycleOverview {
	asOf: number;
	/** The day after the last transaction. */
	defaultAsOf: number;
	/** First and last purchase day before asOf (null when there is none). */
	firstDay: number | null;
	lastDay: number | null;
	/** Customers with a purchase before asOf. */
	customers: number;
	hasAmount: boolean;
	/** null when nobody bought twice and no threshold was given. */
	threshold: ThresholdInfo | null;
	/** The shared alive/churned rule; null when it cannot be computed (no purchases). */
	churnRule: ChurnRuleSummary | null;
	signupAvailable: boolean;
	flagAvailable: boolean;
}
