// Settings and result shapes of the Segments & value analyses: plain JSON in, structured-cloneable
// data out. The view imports these types; the worker builds them.
import type { ClusterProfile } from '../../analytics/cluster/clusterProfiles';
import type { ElbowPoint } from '../../analytics/cluster/kmeansElbow';
import type { AttributeSegmentRow } from '../../analytics/attributes/attributeSegments';
import type { CrossTab } from '../../analytics/attributes/crossTab';
import type { SegmentsIssue } from '../../analytics/customers/segmentsIssue';
import type { RfGridCell } from '../../analytics/rfm/rfGrid';
import type { RfmHistogram } from '../../analytics/rfm/rfmHistograms';
import type { RuleCheck } from '../../analytics/rfm/ruleCoverage';
import type { DimensionScores } from '../../analytics/rfm/scoreDimension';
import type { CentreCuts } from '../../analytics/rfm/centreCut';
import type { SegmentRule } from '../../analytics/rfm/segmentRule';
import type { SegmentRow } from '../../analytics/rfm/segmentTable';
import type { SegmentTreemap } from '../../analytics/rfm/segmentTreemap';
import type { MigrationLink, MigrationNode } from '../../analytics/rfm/segmentMigration';
import type { CurvePoint } from '../../analytics/value/concentrationCurves';
import type { PyramidTierRow } from '../../analytics/value/valuePyramid';
import type { AbcResult } from '../../analytics/value/abcClasses';
import type { TransactionModelName } from '../../analytics/clv/clvTypes';

export type Thresholds = {
	recency: number[] | null;
	frequency: number[] | null;
	monetary: number[] | null;
};

/** Where the customers' behaviour comes from: transactions, or an imported summary (no dates). */
export type SegmentsSource = 'transactions' | 'summary';

/** What every Segments & value analysis needs: the data and the RFM scoring. */
export interface SegmentsSettings {
	/** Transactions or summary dataset (see `source`). */
	id: string;
	source: SegmentsSource;
	/** The time unit a summary's recency and T are in (unused for transactions). */
	unit: 'day' | 'week' | 'month';
	/** Customers dataset whose attributes are joined, if any. */
	customersId: string | null;
	/** Analysis date (day number); null = the day after the last transaction. */
	asOf: number | null;
	bins: number;
	monetary: 'total' | 'average';
	/** Named segments, first match wins. */
	rules: SegmentRule[];
	/** Custom interior edges per dimension; null = quantiles. */
	thresholds: Thresholds | null;
	/**
	 * On 2 bins: the cut per dimension of the eight-class model (mean or median of the customers'
	 * values). A custom threshold of a dimension takes precedence; absent or null = quantiles.
	 */
	centre?: CentreCuts | null;
}

export type BasisChoice = 'auto' | 'clv' | 'clvReferral' | 'margin' | 'revenue';
/** A basis a result was ranked by. */
export type BasisName = 'clv' | 'clvReferral' | 'margin' | 'revenue';

/** The referral part of the "CLV + referral value" basis: links read and what they gave. */
export interface ReferralBasisNote {
	/** Header of the referred-by column read. */
	column: string;
	referrers: number;
	referred: number;
	unknownReferrers: number;
	/** Credit for the referrer (1 = all of a referred customer's CLV). */
	credit: number;
}

export interface ValueSettings {
	/** Top-down percentages of customers: platinum, gold, iron, lead. */
	cuts: number[];
	basis: BasisChoice;
}

export type DimensionView = Omit<DimensionScores, 'scores'>;

export interface RfmView {
	source: SegmentsSource;
	/** Summary rows left out as impossible, and customers whose mean spend is 0 or missing. */
	dropped: number;
	noSpend: number;
	asOf: number;
	defaultAsOf: number;
	firstDay: number;
	lastDay: number;
	customers: number;
	frequencyRule: 'orders' | 'days';
	returnsOnly: number;
	hasMonetary: boolean;
	hasMargin: boolean;
	monetaryBasis: 'total' | 'average';
	bins: number;
	dimensions: DimensionView[];
	histograms: RfmHistogram[];
	coverage: {
		totalCells: number;
		unmatchedCells: number;
		/** A few unmatched [r, f, m] cells to show as examples. */
		unmatchedExamples: [number, number, number][];
		rules: RuleCheck[];
		unmatchedCustomers: number | null;
		emptySegments: string[] | null;
	};
	segments: SegmentRow[];
	totalRevenue: number | null;
	grid: RfGridCell[];
	treemap: { customers: SegmentTreemap; revenue: SegmentTreemap | null };
	issues: SegmentsIssue[];
}

export interface ClvBasisNote {
	model: TransactionModelName;
	/** Day the predictions start from (the lifetime-value view's calibration end). */
	asOf: number;
	horizonMonths: number;
	/** Customers of this analysis without a prediction (ranked with value 0). */
	missing: number;
}

export interface ValueView {
	asOf: number;
	basis: BasisName;
	available: BasisName[];
	clv: ClvBasisNote | null;
	/** Set on the "CLV + referral value" basis. */
	referral: ReferralBasisNote | null;
	cuts: number[];
	customers: number;
	total: number;
	tiers: PyramidTierRow[];
	topShares: { customerShare: number; valueShare: number | null }[];
	/** The 80/20 reading: value share of the top 20 % of customers. */
	top20: number | null;
	pareto: CurvePoint[];
	lorenz: CurvePoint[];
	gini: number | null;
	abc: AbcResult['summary'] | null;
	issues: SegmentsIssue[];
}

export interface ClustersView {
	customers: number;
	features: string[];
	elbow: ElbowPoint[];
	/** Customers the elbow fits used (a seeded sample on large data) and the silhouette sample. */
	elbowCustomers: number;
	silhouetteSample: number;
	/** k-means starts per fit (the lowest within-cluster sum of squares is kept). */
	starts: number;
	bestK: number | null;
	k: number;
	converged: boolean;
	withinSS: number;
	profiles: ClusterProfile[];
	/** A seeded sample of customers for the scatter (all when few). */
	scatter: {
		ids: string[];
		recency: Float64Array;
		frequency: Float64Array;
		monetary: Float64Array | null;
		cluster: Int32Array;
	};
	issues: SegmentsIssue[];
}

export interface AttributeOption {
	key: string;
	header: string;
	kind: 'number' | 'category' | 'date';
}

export interface AttributesView {
	available: AttributeOption[];
	attribute: string | null;
	customers: number;
	/** Customers of the analysis found in the customers dataset. */
	matched: number;
	groups: AttributeSegmentRow[];
	cross: CrossTab | null;
}

export interface MigrationView {
	asOfA: number;
	asOfB: number;
	from: string[];
	to: string[];
	counts: number[][];
	nodes: MigrationNode[];
	links: MigrationLink[];
	/** Customers present at both dates in the same segment / another segment; new since A. */
	stayed: number;
	moved: number;
	newCustomers: number;
	issues: SegmentsIssue[];
}

/** Which customers a drill-down lists. */
export type CustomerFilter =
	| { kind: 'all' }
	| { kind: 'segment'; segment: string }
	| { kind: 'cell'; r: number; f: number }
	| { kind: 'score'; dimension: 'recency' | 'frequency' | 'monetary'; score: number }
	| { kind: 'tier'; tier: number }
	| { kind: 'abc'; abc: number }
	| { kind: 'cluster'; k: number; cluster: number }
	| { kind: 'attribute'; attribute: string; group: string; segment?: string }
	| { kind: 'migration'; asOfA: number; from: string; to: string };

export type CustomerSortKey =
	| 'customerId'
	| 'recency'
	| 'frequency'
	| 'monetary'
	| 'score'
	| 'value'
	| 'segment';

export interface CustomerRow {
	customerId: string;
	recency: number;
	frequency: number;
	monetary: number | null;
	r: number;
	f: number;
	m: number | null;
	score: number;
	segment: string;
	/** Value-pyramid tier (0 platinum … 3 lead) and value; null without a value basis. */
	tier: number | null;
	value: number | null;
}

export interface CustomerPage {
	total: number;
	offset: number;
	rows: CustomerRow[];
	valueBasis: BasisName | null;
}

export interface CustomerProfile {
	customerId: string;
	row: CustomerRow;
	average: number | null;
	margin: number | null;
	tenure: number;
	first: number;
	last: number;
	asOf: number;
	valueBasis: BasisName | null;
	abc: number | null;
	/** Purchases per day up to the analysis date: amount bought, amount returned, lines. */
	days: { day: number; bought: number | null; returned: number | null; lines: number }[];
	/** Rows after the analysis date (not part of the scores). */
	later: number;
	attributes: { header: string; value: string }[];
}
