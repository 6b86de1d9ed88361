// Every analysis setting a user can change, as one plain record per dataset: the groups the
// Segments, Lifetime value, churn rule, Lifecycle and Satisfaction pages read (the survey's
// mapping and choices too: `survey`). Stored in
// IndexedDB (settings table, key `view.<dataset id>`), so it travels in the workspace file and
// in share links; anything read back goes through readViewSettings, field by field, so a damaged
// or older value falls back to that field's default instead of breaking a page.
import { DEFAULTS } from '$lib/analytics/defaults';
import type { ClvUnit, TransactionModelName } from '$lib/analytics/clv';
import {
	DEFAULT_CHURN_RULE,
	DEFAULT_STAGE_RULES,
	type ChurnModelChoice,
	type ChurnRuleOptions,
	type CohortMetric,
	type Grain,
	type StageRules
} from '$lib/analytics/lifecycle';
import {
	DEFAULT_LOYALTY_RULES,
	LOYALTY_ITEMS,
	LOYALTY_KINDS,
	type LoyaltyRule
} from '$lib/analytics/loyalty/loyaltyRules';
import type { CentreCuts } from '$lib/analytics/rfm/centreCut';
import type { SegmentPresetName } from '$lib/analytics/rfm/segmentPresets';
import type { SegmentRule } from '$lib/analytics/rfm/segmentRule';
import {
	DEFAULT_QUADRANT_THRESHOLDS,
	type QuadrantThresholds,
	type Scale
} from '$lib/analytics/satisfaction/index';
import type { ImportanceMeasure } from '$lib/analytics/satisfaction/driverImportance';
import { pyramidPresets, type PyramidPresetName } from '$lib/analytics/value/pyramidCuts';
import type { SpendBasis } from '$lib/engine/clv/clvResult';
import { DEFAULT_CLV_SETTINGS } from '$lib/engine/clv/clvSettings';
import type { ChurnRule, CohortAcquisition } from '$lib/engine/lifecycle/lifecycleResult';
import type { BasisChoice, Thresholds } from '$lib/engine/segments/segmentsResult';
import { PRESET_NAMES, presetRules } from '$lib/engine/segments/segmentsRules';

export type CutPreset = PyramidPresetName | 'custom';
export type Dimension = 'recency' | 'frequency' | 'monetary';
export type StageNaming = 'four' | 'five';

export interface SegmentsGroup {
	/** Analysis date as a day number; null = the day after the last transaction. */
	asOf: number | null;
	earlierDate: number | null;
	bins: number;
	monetary: 'total' | 'average';
	preset: SegmentPresetName;
	/** True once the user picked a preset; until then the interface language picks it. */
	presetChosen: boolean;
	centre: CentreCuts;
	/** True once the user changed the rules; a change of bins then leaves them alone. */
	edited: boolean;
	rules: SegmentRule[];
	dropped: string[];
	useThresholds: boolean;
	thresholds: Thresholds;
	cutPreset: CutPreset;
	customCuts: number[];
	basis: BasisChoice;
	k: number | null;
	attribute: string | null;
	treemapSize: 'customers' | 'revenue';
	scatterX: Dimension;
	scatterY: Dimension;
}

export interface ClvGroup {
	model: TransactionModelName;
	spend: SpendBasis;
	unit: ClvUnit;
	calibrationEnd: number | null;
	horizonMonths: number;
	/** Calendar months (as the published CLVs) or N of the model's unit, exactly. */
	horizonIn: 'months' | 'units';
	horizonUnits: number;
	marginPct: number;
	discountPct: number;
	discountPer: 'month' | 'year';
}

export interface ChurnGroup {
	method: ChurnRuleOptions['method'];
	model: ChurnModelChoice;
	cutoff: number;
	gapMultiple: number;
	floorDays: number;
	/** Days of the "one threshold for everybody" method; null = not set. */
	inactiveDays: number | null;
}

export interface LifecycleGroup {
	asOf: number | null;
	grain: Grain;
	metric: CohortMetric;
	acquisition: CohortAcquisition;
	hiddenCohorts: string[];
	churnRule: ChurnRule;
	groupBy: string;
	rules: StageRules;
	naming: StageNaming;
	shareView: boolean;
	showChurned: boolean;
	showActiveCurve: boolean;
}

export interface SatisfactionGroup {
	/** The Jones & Sasser zone lines. */
	thresholds: QuadrantThresholds;
}

/**
 * The Satisfaction & loyalty page's other choices for a survey dataset: the item mapping
 * (constructs, reverse coding, answer scales), axes, groups, driver settings and the behaviour
 * window. `map` and `scales` are keyed by the survey's column names (user text): read back
 * through JSON, whose own keys never touch a prototype, and written by the page as new objects.
 */
export interface SurveyGroup {
	mapping: { map: Record<string, string>; reversed: string[]; scales: Record<string, Scale> };
	satisfactionAxis: string;
	loyaltyAxis: string;
	npsGroup: string;
	loyaltyGroup: string;
	driverTarget: 'loyalty' | 'satisfaction';
	driverLevel: 'constructs' | 'items';
	importance: ImportanceMeasure;
	/** null = the default (drivers answered by at least half of the respondents). */
	driverExclude: string[] | null;
	/** ISO date of the analysis date; null = the day after the last transaction. */
	asOf: string | null;
	horizonDays: number;
	minPurchases: number;
}

/** The course-topic pages: Churn & complaints, Cross-buying & share, Referral & loyalty kinds. */
export interface CourseGroup {
	/** Churn page: a satisfaction score at or below this counts as dissatisfied. */
	churnDissatisfied: number;
	churnMeasure: 'customers' | 'revenue';
	churnSplit: 'tier' | 'group';
	churnGroupColumn: string;
	crossbuyGroupBy: string;
	/** Referral page, in per cent. */
	referralCredit: number;
	referralConversion: number;
	loyaltyRules: LoyaltyRule[];
}

/**
 * The Compare page's two datasets (dataset ids; null = the default pair). Kept with the
 * behaviour dataset's settings, the one the Compare page scores both datasets by.
 */
export interface CompareGroup {
	a: string | null;
	b: string | null;
}

export interface ViewSettings {
	segments: SegmentsGroup;
	clv: ClvGroup;
	churn: ChurnGroup;
	lifecycle: LifecycleGroup;
	satisfaction: SatisfactionGroup;
	survey: SurveyGroup;
	course: CourseGroup;
	compare: CompareGroup;
}

export type GroupName = keyof ViewSettings;
export const GROUPS: GroupName[] = [
	'segments',
	'clv',
	'churn',
	'lifecycle',
	'satisfaction',
	'survey',
	'course',
	'compare'
];

export function defaultViewSettings(): ViewSettings {
	return {
		segments: {
			asOf: null,
			earlierDate: null,
			bins: 5,
			monetary: 'total',
			preset: 'rfmVignette',
			presetChosen: false,
			centre: { recency: 'mean', frequency: 'mean', monetary: 'mean' },
			edited: false,
			rules: presetRules('rfmVignette', 5).rules,
			dropped: [],
			useThresholds: false,
			thresholds: { recency: null, frequency: null, monetary: null },
			cutPreset: 'standard',
			customCuts: [...pyramidPresets.standard],
			basis: DEFAULTS.pyramid.basis,
			k: null,
			attribute: null,
			treemapSize: 'customers',
			scatterX: 'frequency',
			scatterY: 'monetary'
		},
		clv: {
			model: 'bgnbd',
			spend: 'gammagamma',
			unit: 'week',
			calibrationEnd: null,
			// The shared defaults, so page and CLI agree; no margin given = 100 % (revenue CLV).
			horizonMonths: DEFAULTS.clv.horizonMonths,
			horizonIn: DEFAULT_CLV_SETTINGS.horizonIn,
			horizonUnits: DEFAULT_CLV_SETTINGS.horizonUnits,
			marginPct: DEFAULTS.clv.marginPct ?? 100,
			discountPct: DEFAULTS.clv.discountPctPerMonth,
			discountPer: 'month'
		},
		churn: {
			method: DEFAULT_CHURN_RULE.method,
			model: DEFAULT_CHURN_RULE.model,
			cutoff: DEFAULT_CHURN_RULE.cutoff,
			gapMultiple: DEFAULT_CHURN_RULE.gapMultiple,
			floorDays: DEFAULT_CHURN_RULE.floorDays,
			inactiveDays: null
		},
		lifecycle: {
			asOf: null,
			grain: 'month',
			metric: 'retention',
			acquisition: 'signup',
			hiddenCohorts: [],
			churnRule: 'shared',
			groupBy: 'none',
			rules: { ...DEFAULT_STAGE_RULES },
			naming: 'four',
			shareView: false,
			showChurned: false,
			showActiveCurve: false
		},
		satisfaction: { thresholds: { ...DEFAULT_QUADRANT_THRESHOLDS } },
		survey: {
			mapping: { map: {}, reversed: [], scales: {} },
			satisfactionAxis: 'auto',
			loyaltyAxis: 'block',
			npsGroup: '',
			loyaltyGroup: '',
			driverTarget: 'loyalty',
			driverLevel: 'constructs',
			importance: 'relativeWeight',
			driverExclude: null,
			asOf: null,
			horizonDays: 180,
			minPurchases: 1
		},
		course: {
			churnDissatisfied: 5,
			churnMeasure: 'customers',
			churnSplit: 'tier',
			churnGroupColumn: '',
			crossbuyGroupBy: 'tier',
			referralCredit: 100,
			referralConversion: 10,
			loyaltyRules: DEFAULT_LOYALTY_RULES.map((r) => ({
				kind: r.kind,
				conditions: r.conditions.map((c) => ({ ...c }))
			}))
		},
		compare: { a: null, b: null }
	};
}

// ---- checks: one predicate per field; a stored value that fails keeps the default ----

type Check = (v: unknown) => boolean;

const oneOf =
	(...values: readonly unknown[]): Check =>
	(v) =>
		values.includes(v);
const bool: Check = (v) => typeof v === 'boolean';
const finite = (lo = -Infinity, hi = Infinity): Check => {
	return (v) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
};
const int =
	(lo: number, hi: number): Check =>
	(v) =>
		finite(lo, hi)(v) && Number.isInteger(v);
const orNull =
	(c: Check): Check =>
	(v) =>
		v === null || c(v);
const str: Check = (v) => typeof v === 'string';
const listOf =
	(c: Check, min = 0, max = 1000): Check =>
	(v) =>
		Array.isArray(v) && v.length >= min && v.length <= max && v.every(c);
const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const shape =
	(fields: Record<string, Check>): Check =>
	(v) =>
		isRecord(v) && Object.entries(fields).every(([k, c]) => Object.hasOwn(v, k) && c(v[k]));

const DAY = int(-1_000_000, 1_000_000);
/** An object of at most `max` own keys (user text) whose values all pass `c`. */
const keyed =
	(c: Check, max = 1000): Check =>
	(v) =>
		isRecord(v) && Object.keys(v).length <= max && Object.values(v).every(c);
const SCALE: Check = (v) =>
	Array.isArray(v) && v.length === 2 && v.every(finite()) && (v[0] as number) < (v[1] as number);
const ISO_DATE: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const DIMENSION = oneOf('recency', 'frequency', 'monetary');
const SCORE_RANGE: Check = (v) =>
	Array.isArray(v) && v.length === 2 && v.every(int(1, 10)) && v[0] <= v[1];
const RULE = shape({
	key: (v) => str(v) && v !== '',
	r: SCORE_RANGE,
	f: SCORE_RANGE,
	m: SCORE_RANGE
});
const EDGES = orNull(listOf(finite(), 1, 9));

const CHECKS: { [G in GroupName]: { [K in keyof ViewSettings[G]]: Check } } = {
	segments: {
		asOf: orNull(DAY),
		earlierDate: orNull(DAY),
		bins: int(2, 5),
		monetary: oneOf('total', 'average'),
		preset: oneOf(...PRESET_NAMES),
		presetChosen: bool,
		centre: shape({
			recency: oneOf('mean', 'median'),
			frequency: oneOf('mean', 'median'),
			monetary: oneOf('mean', 'median')
		}),
		edited: bool,
		rules: listOf(RULE, 1, 100),
		dropped: listOf(str),
		useThresholds: bool,
		thresholds: shape({ recency: EDGES, frequency: EDGES, monetary: EDGES }),
		cutPreset: oneOf(...Object.keys(pyramidPresets), 'custom'),
		customCuts: listOf(finite(0, 100), 4, 4),
		basis: oneOf('auto', 'clv', 'clvReferral', 'margin', 'revenue'),
		k: orNull(int(2, 10)),
		attribute: orNull(str),
		treemapSize: oneOf('customers', 'revenue'),
		scatterX: DIMENSION,
		scatterY: DIMENSION
	},
	clv: {
		model: oneOf('bgnbd', 'mbgnbd', 'paretonbd'),
		spend: oneOf('gammagamma', 'observed'),
		unit: oneOf('day', 'week', 'month'),
		calibrationEnd: orNull(DAY),
		horizonMonths: finite(0, 600),
		horizonIn: oneOf('months', 'units'),
		// Whole units, up to 50 years of days (as the engine clamps them).
		horizonUnits: int(0, 18263),
		marginPct: finite(0, 100),
		discountPct: finite(0, 100),
		discountPer: oneOf('month', 'year')
	},
	churn: {
		method: oneOf('auto', 'model', 'gap', 'days'),
		model: oneOf('best', 'bgnbd', 'mbgnbd', 'paretonbd'),
		cutoff: (v) => finite(0, 1)(v) && (v as number) > 0 && (v as number) < 1,
		gapMultiple: (v) => finite(0)(v) && (v as number) > 0,
		floorDays: finite(1),
		inactiveDays: orNull(finite(1))
	},
	lifecycle: {
		asOf: orNull(DAY),
		grain: oneOf('week', 'month', 'quarter'),
		metric: oneOf('retention', 'active', 'revenue', 'cumulative'),
		acquisition: oneOf('firstPurchase', 'signup'),
		hiddenCohorts: listOf(str),
		churnRule: oneOf('shared', 'inactivity', 'flag'),
		groupBy: str,
		rules: shape({
			grain: oneOf('week', 'month', 'quarter'),
			explorationPeriods: finite(0),
			explorationMaxPurchases: finite(0),
			window: finite(1),
			growth: finite(0),
			drop: finite(0),
			stabilityLevel: finite(0),
			lateStabilityPeriods: finite(0)
		}),
		naming: oneOf('four', 'five'),
		shareView: bool,
		showChurned: bool,
		showActiveCurve: bool
	},
	satisfaction: {
		thresholds: shape({
			satisfactionHigh: finite(),
			loyaltyHigh: finite(),
			apostleMin: finite(),
			terroristMax: finite()
		})
	},
	survey: {
		mapping: shape({ map: keyed(str), reversed: listOf(str), scales: keyed(SCALE) }),
		satisfactionAxis: str,
		loyaltyAxis: str,
		npsGroup: str,
		loyaltyGroup: str,
		driverTarget: oneOf('loyalty', 'satisfaction'),
		driverLevel: oneOf('constructs', 'items'),
		importance: oneOf('relativeWeight', 'correlation', 'beta'),
		driverExclude: orNull(listOf(str)),
		asOf: orNull(ISO_DATE),
		horizonDays: int(1, 3650),
		minPurchases: int(1, 100)
	},
	course: {
		churnDissatisfied: finite(1, 10),
		churnMeasure: oneOf('customers', 'revenue'),
		churnSplit: oneOf('tier', 'group'),
		churnGroupColumn: str,
		crossbuyGroupBy: str,
		referralCredit: finite(0, 100),
		referralConversion: finite(0, 100),
		loyaltyRules: listOf(
			shape({
				kind: oneOf(...LOYALTY_KINDS),
				conditions: listOf(
					shape({ item: oneOf(...LOYALTY_ITEMS), op: oneOf('<=', '>='), value: finite() }),
					0,
					20
				)
			}),
			0,
			50
		)
	},
	compare: { a: orNull(str), b: orNull(str) }
};

/** Whether `value` is acceptable for one field (the model checks every write with it too). */
export function validField<G extends GroupName>(
	group: G,
	key: keyof ViewSettings[G],
	value: unknown
): boolean {
	const check = (CHECKS[group] as Record<string, Check | undefined>)[key as string];
	return check ? check(value) : false;
}

/** Result of reading a stored value: the settings and the fields that fell back to defaults. */
export interface ReadResult {
	settings: ViewSettings;
	rejected: string[];
}

/**
 * Stored (or imported) settings over the defaults, field by field: unknown fields are dropped,
 * missing ones take the default, a value that fails its check takes the default and is named in
 * `rejected`. Never throws.
 */
export function readViewSettings(raw: unknown): ReadResult {
	const settings = defaultViewSettings();
	const rejected: string[] = [];
	if (!isRecord(raw)) {
		if (raw !== undefined && raw !== null) rejected.push('*');
		return { settings, rejected };
	}
	for (const group of GROUPS) {
		const stored = raw[group];
		if (stored === undefined) continue;
		if (!isRecord(stored)) {
			rejected.push(group);
			continue;
		}
		const target = settings[group] as unknown as Record<string, unknown>;
		for (const key of Object.keys(CHECKS[group])) {
			if (!Object.hasOwn(stored, key)) continue;
			const value = stored[key];
			if (validField(group, key as never, value)) target[key] = structuredClone(value);
			else rejected.push(`${group}.${key}`);
		}
	}
	return { settings, rejected };
}
