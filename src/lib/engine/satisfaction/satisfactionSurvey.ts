// The survey-only part of the Satisfaction & loyalty view in one pass over the survey: the items
// with their scales and constructs, reliability, NPS (overall and by group), the basic / latent
// expectation curves with the trap verdict, "completely satisfied" vs "satisfied", drivers,
// loyalty measures by group and the determinant correlations.
import {
	DETERMINANTS,
	LOYALTY_BLOCK,
	LOYALTY_MEASURES,
	SATISFACTION_BLOCK,
	blockScore,
	completelySatisfiedRatio,
	cronbachAlpha,
	determinantCorrelations,
	driverImportance,
	expectationCurves,
	loyaltyByGroup,
	nps,
	npsByGroup,
	reverseCode,
	topBox,
	type CompletelySatisfiedRatio,
	type Construct,
	type DeterminantLink,
	type DriverAnalysis,
	type ExpectationCurves,
	type GroupLoyalty,
	type LoyaltyMeasure,
	type NpsResult,
	type Reliability,
	type SatisfactionIssue,
	type Scale
} from '../../analytics/satisfaction/index';
import type { ImportanceMeasure } from '../../analytics/satisfaction/driverImportance';
import type { CustomerTable, SurveyTable } from '../../analytics/types';
import { npsItem } from './npsItem';
import { npsPairs, type NpsPair } from './npsPairs';
import type { AnalysisContext } from '../context';
import {
	satisfactionGroupColumn,
	satisfactionGroupOptions,
	type GroupOption
} from './satisfactionGroups';
import {
	readMapping,
	satisfactionSetup,
	type ItemSetup,
	type SurveySetup
} from './satisfactionSetup';
import { emptyRecord } from '../../analytics/emptyRecord';

export interface ConstructSummary {
	construct: Construct;
	items: string[];
	/** Mean 0–10 score and respondents who have one. */
	mean: number | null;
	n: number;
	/** Cronbach's alpha for two items or more; null for a single item. */
	reliability: Reliability | SatisfactionIssue | null;
}

export interface NpsSection {
	item: string;
	scale: Scale | null;
	result: NpsResult | SatisfactionIssue;
	groups: { label: string; result: NpsResult | SatisfactionIssue }[] | null;
	/** Differences between every two scored groups (npsPairs.ts); null without groups. */
	pairs?: NpsPair[] | null;
}

export interface DriverCandidate {
	name: string;
	kind: 'construct' | 'item';
	/** Share of respondents with a value. */
	coverage: number;
	included: boolean;
}

export interface DriverSection {
	target: 'loyalty' | 'satisfaction';
	level: 'constructs' | 'items';
	candidates: DriverCandidate[];
	result: DriverAnalysis | SatisfactionIssue;
}

export interface CompletelySatisfiedSection {
	satisfactionItem: string;
	repurchaseItem: string;
	result: CompletelySatisfiedRatio | SatisfactionIssue;
}

export interface SurveyAnalysis {
	respondents: number;
	/** Respondents with a customer id. */
	withCustomerId: number;
	hasDates: boolean;
	items: ItemSetup[];
	constructs: ConstructSummary[];
	loyaltyBlock: { items: string[]; reliability: Reliability | SatisfactionIssue | null } | null;
	groupOptions: GroupOption[];
	customersMatched: number | null;
	nps: NpsSection | SatisfactionIssue;
	curves: ExpectationCurves | SatisfactionIssue;
	completelySatisfied: CompletelySatisfiedSection | SatisfactionIssue;
	drivers: DriverSection;
	loyaltyGroups:
		| { group: string | null; measures: LoyaltyMeasure[]; rows: GroupLoyalty[] }
		| SatisfactionIssue;
	determinants: DeterminantLink[] | SatisfactionIssue;
	issues: SatisfactionIssue[];
}

export interface SurveyAnalysisOptions {
	npsGroup?: string;
	loyaltyGroup?: string;
	driverTarget?: 'loyalty' | 'satisfaction';
	driverLevel?: 'constructs' | 'items';
	importance?: ImportanceMeasure;
	/** Drivers the user switched off; null = the default (coverage ≥ half of respondents). */
	driverExclude?: string[] | null;
}

function meanAndCount(x: Float64Array): { mean: number | null; n: number } {
	let s = 0;
	let n = 0;
	for (let i = 0; i < x.length; i++)
		if (!Number.isNaN(x[i])) {
			s += x[i];
			n++;
		}
	return { mean: n ? s / n : null, n };
}

function reliabilityOf(
	setup: SurveySetup,
	names: string[]
): Reliability | SatisfactionIssue | null {
	if (names.length < 2) return null;
	const cols: Record<string, Float64Array> = emptyRecord();
	for (const n of names) {
		const v = setup.rescaled(n);
		if (v) cols[n] = v;
	}
	return cronbachAlpha(cols);
}

function npsSection(
	table: SurveyTable,
	setup: SurveySetup,
	group: SurveyAnalysisOptions['npsGroup'],
	customers: CustomerTable | null
): NpsSection | SatisfactionIssue {
	const item = npsItem(setup);
	if (item === null) return { code: 'construct_missing', item: 'recommendation' };
	const scale = setup.scales[item] ?? null;
	const values = table.items[item];
	const column = group ? satisfactionGroupColumn(table, group, customers) : null;
	const groups = column
		? Object.entries(npsByGroup(values, scale, column)).map(([label, result]) => ({
				label,
				result
			}))
		: null;
	const result = nps(values, scale);
	// The engine's NPS issue does not know the item's name; the message needs it.
	return {
		item,
		scale,
		result: 'code' in result ? { ...result, item } : result,
		groups,
		pairs: groups ? npsPairs(groups) : null
	};
}

/** The first item of a construct as answered (turned round when reverse-coded), with its scale. */
function rawItem(
	table: SurveyTable,
	setup: SurveySetup,
	construct: Construct
): { name: string; values: Float64Array; scale: Scale } | null {
	for (const name of setup.constructItems[construct] ?? []) {
		const scale = setup.scales[name];
		if (!scale) continue;
		const v = table.items[name];
		return { name, values: setup.reversed.includes(name) ? reverseCode(v, scale) : v, scale };
	}
	return null;
}

function completelySatisfied(
	table: SurveyTable,
	setup: SurveySetup
): CompletelySatisfiedSection | SatisfactionIssue {
	const sat = rawItem(table, setup, 'satisfaction') ?? rawItem(table, setup, 'basicSatisfaction');
	if (!sat) return { code: 'construct_missing', item: 'satisfaction' };
	const rep = rawItem(table, setup, 'repurchase');
	if (!rep) return { code: 'construct_missing', item: 'repurchase' };
	// Repurchase intention in its top box counts as "will repurchase".
	const result = completelySatisfiedRatio(sat.values, sat.scale, topBox(rep.values, rep.scale, 1));
	return { satisfactionItem: sat.name, repurchaseItem: rep.name, result };
}

function coverage(x: Float64Array): number {
	return x.length ? meanAndCount(x).n / x.length : 0;
}

function driverSection(
	setup: SurveySetup,
	options: SurveyAnalysisOptions,
	rows: number
): DriverSection {
	const target = options.driverTarget === 'satisfaction' ? 'satisfaction' : 'loyalty';
	const level = options.driverLevel === 'items' ? 'items' : 'constructs';
	const s = setup.scores;
	const targetScore =
		target === 'loyalty'
			? blockScore(s, LOYALTY_BLOCK)
			: (s.satisfaction ?? blockScore(s, SATISFACTION_BLOCK));
	// Every loyalty measure is an outcome, never a driver (price tolerance too, though the index
	// leaves it out).
	const excluded = new Set<Construct>([...LOYALTY_BLOCK, ...LOYALTY_MEASURES]);
	if (target === 'satisfaction') {
		excluded.add('satisfaction');
		if (!s.satisfaction) for (const c of SATISFACTION_BLOCK) excluded.add(c);
	}
	const pool: { name: string; kind: 'construct' | 'item'; values: Float64Array }[] = [];
	if (level === 'constructs') {
		for (const [c, v] of Object.entries(s) as [Construct, Float64Array][])
			if (!excluded.has(c)) pool.push({ name: c, kind: 'construct', values: v });
	} else {
		for (const item of setup.items) {
			if (!item.construct || excluded.has(item.construct)) continue;
			const v = setup.rescaled(item.name);
			if (v) pool.push({ name: item.name, kind: 'item', values: v });
		}
	}
	const off = options.driverExclude ? new Set(options.driverExclude) : null;
	const candidates: DriverCandidate[] = pool.map((p) => {
		const cov = coverage(p.values);
		return {
			name: p.name,
			kind: p.kind,
			coverage: cov,
			included: off ? !off.has(p.name) : cov >= 0.5
		};
	});
	let result: DriverAnalysis | SatisfactionIssue;
	if (!targetScore) result = { code: 'construct_missing', item: target };
	else {
		const predictors: Record<string, Float64Array> = emptyRecord();
		pool.forEach((p, j) => {
			if (candidates[j].included) predictors[p.name] = p.values;
		});
		result =
			rows > 0
				? driverImportance(predictors, targetScore, options.importance ?? 'relativeWeight')
				: { code: 'too_few_respondents', n: 0 };
	}
	return { target, level, candidates, result };
}

export function surveyAnalysis(
	table: SurveyTable,
	mappingRaw: unknown,
	options: SurveyAnalysisOptions = {},
	customers: CustomerTable | null = null
): SurveyAnalysis {
	const setup = satisfactionSetup(table, readMapping(mappingRaw));
	const s = setup.scores;
	const constructs: ConstructSummary[] = (
		Object.entries(setup.constructItems) as [Construct, string[]][]
	).map(([construct, items]) => ({
		construct,
		items,
		...meanAndCount(s[construct]!),
		reliability: reliabilityOf(setup, items)
	}));
	const loyaltyItems = LOYALTY_BLOCK.flatMap((c) => setup.constructItems[c] ?? []);
	const { options: groupOptions, customersMatched } = satisfactionGroupOptions(table, customers);
	const groupColumn = options.loyaltyGroup
		? satisfactionGroupColumn(table, options.loyaltyGroup, customers)
		: null;
	const loyalty = loyaltyByGroup(s, groupColumn);
	let withCustomerId = 0;
	if (table.customerId) for (const id of table.customerId) if (id !== null) withCustomerId++;
	// Determinants present in the data, so the view can say which are missing.
	const determinants = DETERMINANTS.some((d) => s[d])
		? determinantCorrelations(s)
		: ({ code: 'construct_missing', item: 'determinants' } as SatisfactionIssue);
	return {
		respondents: table.length,
		withCustomerId,
		hasDates: !!table.day,
		items: setup.items,
		constructs,
		loyaltyBlock: loyaltyItems.length
			? { items: loyaltyItems, reliability: reliabilityOf(setup, loyaltyItems) }
			: null,
		groupOptions,
		customersMatched,
		nps: npsSection(table, setup, options.npsGroup, customers),
		curves: expectationCurves(s),
		completelySatisfied: completelySatisfied(table, setup),
		drivers: driverSection(setup, options, table.length),
		loyaltyGroups:
			'code' in loyalty
				? loyalty
				: { group: groupColumn ? (options.loyaltyGroup ?? null) : null, ...loyalty },
		determinants,
		issues: setup.issues
	};
}

function str(x: unknown): string | undefined {
	return typeof x === 'string' && x !== '' ? x : undefined;
}

/** Worker entry: params { surveyId, customersId?, mapping, npsGroup?, loyaltyGroup?, driver… }. */
export async function satisfactionSurvey(ctx: AnalysisContext, params: Record<string, unknown>) {
	const table = await ctx.survey(String(params.surveyId));
	const customersId = str(params.customersId);
	const customers = customersId ? await ctx.customers(customersId) : null;
	const importance = str(params.importance);
	return surveyAnalysis(
		table,
		params.mapping,
		{
			npsGroup: str(params.npsGroup),
			loyaltyGroup: str(params.loyaltyGroup),
			driverTarget: params.driverTarget === 'satisfaction' ? 'satisfaction' : 'loyalty',
			driverLevel: params.driverLevel === 'items' ? 'items' : 'constructs',
			importance:
				importance === 'correlation' || importance === 'beta' ? importance : 'relativeWeight',
			driverExclude: Array.isArray(params.driverExclude)
				? params.driverExclude.filter((x): x is string => typeof x === 'string')
				: null
		},
		customers
	);
}
