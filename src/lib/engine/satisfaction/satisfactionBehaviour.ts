// Stated loyalty joined to what respondents bought after the survey: purchases strictly after the
// survey day within a horizon, cut at the analysis date; repurchase rate by stated loyalty, the
// quadrants on behavioural loyalty, and "completely satisfied" vs "satisfied" on real repurchase.
import {
	behaviourAfterSurvey,
	behaviouralLoyalty,
	completelySatisfiedRatio,
	reverseCode,
	type BehaviouralLoyalty,
	type CompletelySatisfiedRatio,
	type Construct,
	type SatisfactionIssue
} from '../../analytics/satisfaction/index';
import type { SurveyTable, TransactionTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { AnalysisProblem } from '../context';
import { readMapping, satisfactionSetup } from './satisfactionSetup';
import {
	axisScores,
	readAxes,
	readThresholds,
	type LoyaltyAxis,
	type SatisfactionAxis
} from './satisfactionZones';

export interface BehaviourOptions {
	/** Last day of data counted (inclusive); purchases after it are unseen. */
	asOf: number;
	horizonDays: number;
	minPurchases: number;
	satisfactionAxis: SatisfactionAxis;
	loyaltyAxis: LoyaltyAxis;
	satisfactionHigh: number;
	loyaltyHigh: number;
}

export interface BehaviourAnalysis {
	/** The loyalty result without its per-respondent column (not needed on the page). */
	loyalty: Omit<BehaviouralLoyalty, 'repurchased'>;
	completelySatisfied: {
		item: string;
		result: CompletelySatisfiedRatio | SatisfactionIssue;
	} | null;
	/** Survey days of the matched respondents, for the window shown on the page. */
	firstSurveyDay: number | null;
	lastSurveyDay: number | null;
	/** Respondents whose window is shorter than the horizon because the data end first. */
	truncated: number;
	options: BehaviourOptions;
}

export function behaviourAnalysis(
	survey: SurveyTable,
	tx: TransactionTable,
	mappingRaw: unknown,
	options: BehaviourOptions
): BehaviourAnalysis | SatisfactionIssue | { code: 'no_survey_dates' } {
	if (!survey.customerId) return { code: 'no_customer_ids' };
	if (!survey.day) return { code: 'no_survey_dates' };
	const setup = satisfactionSetup(survey, readMapping(mappingRaw));
	const { satisfaction, loyalty } = axisScores(
		setup,
		options.satisfactionAxis,
		options.loyaltyAxis
	);
	if (!loyalty) return { code: 'construct_missing', item: 'loyalty' };
	// behaviourAfterSurvey keeps purchases on days ≤ asOf; the analysis date is the first unseen day.
	const behaviour = behaviourAfterSurvey(tx, survey, {
		horizonDays: options.horizonDays,
		asOf: options.asOf - 1
	});
	const result = behaviouralLoyalty(survey, behaviour, loyalty, satisfaction, {
		minPurchases: options.minPurchases,
		loyaltyHigh: options.loyaltyHigh,
		satisfactionHigh: options.satisfactionHigh
	});
	if ('code' in result) return result;
	let first: number | null = null;
	let last: number | null = null;
	let truncated = 0;
	for (let i = 0; i < survey.length; i++) {
		if (Number.isNaN(result.repurchased[i])) continue;
		const d = survey.day[i];
		if (first === null || d < first) first = d;
		if (last === null || d > last) last = d;
		if (d + options.horizonDays > options.asOf - 1) truncated++;
	}
	let completelySatisfied: BehaviourAnalysis['completelySatisfied'] = null;
	const satItem = (['satisfaction', 'basicSatisfaction'] as Construct[])
		.flatMap((c) => setup.constructItems[c] ?? [])
		.find((i) => setup.scales[i]);
	if (satItem) {
		const scale = setup.scales[satItem]!;
		const raw = survey.items[satItem];
		const values = setup.reversed.includes(satItem) ? reverseCode(raw, scale) : raw;
		completelySatisfied = {
			item: satItem,
			result: completelySatisfiedRatio(values, scale, result.repurchased)
		};
	}
	const { repurchased: _drop, ...rest } = result;
	return {
		loyalty: rest,
		completelySatisfied,
		firstSurveyDay: first,
		lastSurveyDay: last,
		truncated,
		options
	};
}

function num(x: unknown, fallback: number): number {
	return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

/** Worker entry: params { surveyId, transactionsId, mapping, asOf?, horizonDays, minPurchases, axes, thresholds }. */
export async function satisfactionBehaviour(ctx: AnalysisContext, params: Record<string, unknown>) {
	const survey = await ctx.survey(String(params.surveyId));
	const tx = await ctx.transactions(String(params.transactionsId));
	if (tx.length === 0) throw new AnalysisProblem('no_transactions');
	let lastDay = tx.day[0];
	for (let i = 1; i < tx.length; i++) if (tx.day[i] > lastDay) lastDay = tx.day[i];
	const th = readThresholds(params.thresholds);
	return behaviourAnalysis(survey, tx, params.mapping, {
		// Default analysis date: the day after the last transaction.
		asOf: Math.round(num(params.asOf, lastDay + 1)),
		horizonDays: Math.max(1, Math.round(num(params.horizonDays, 180))),
		minPurchases: Math.max(1, Math.round(num(params.minPurchases, 1))),
		...readAxes(params),
		satisfactionHigh: th.satisfactionHigh,
		loyaltyHigh: th.loyaltyHigh
	});
}
