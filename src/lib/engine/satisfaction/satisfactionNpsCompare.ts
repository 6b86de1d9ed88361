// NPS compared: the answers given in the KPI strip's window against those of the window it is
// compared with (the previous period or the same period a year earlier; the windows of the
// transactions dataset when there is one, so the Satisfaction page compares the same dates as
// every other page, else of the survey's own dates), and, when the survey has a wave column,
// each wave against the one before. The item and its scale are the NPS card's (npsItem), the
// score is nps.ts — the same number the card shows for the same answers.
import { isoFromDay } from '../../analytics/dates';
import { compareNps, type NpsCompare } from '../../analytics/kpi/compareNps';
import type { Comparison, PeriodPreset } from '../../analytics/kpi/comparePeriods';
import { npsByWave, type NpsWave } from '../../analytics/satisfaction/npsByWave';
import type { SatisfactionIssue, Scale } from '../../analytics/satisfaction/index';
import { MISSING_DAY, type SurveyTable } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { stripChoice, stripWindows, windowsOver, type StripWindows } from '../kpi/kpiStrip';
import { npsItem } from './npsItem';
import { readMapping, satisfactionSetup } from './satisfactionSetup';

/** A survey column holding the wave (round) of each answer, by its name. */
const WAVE_NAME = /wave|round|batch|波次|轮次|批次|期次/i;

export interface NpsCompareResult {
	preset: PeriodPreset;
	compare: Comparison;
	/** The NPS item; null when no item is mapped to recommendation (`issue` says so). */
	item: string | null;
	scale: Scale | null;
	issue: SatisfactionIssue | null;
	/** Whether the survey has answer dates; without them there are no periods. */
	hasDates: boolean;
	/** The windows, as the KPI strip names them; null without dates. */
	nowFromIso: string | null;
	nowToIso: string | null;
	beforeFromIso: string | null;
	beforeToIso: string | null;
	periods: NpsCompare | null;
	/** The wave column's name and NPS per wave in order; null without such a column. */
	waveColumn: string | null;
	waves: NpsWave[] | null;
}

/** The first and last answer dates of a survey, or null when no answer is dated. */
function surveySpan(table: SurveyTable): { first: number; last: number } | null {
	if (!table.day) return null;
	let first = Infinity;
	let last = -Infinity;
	for (const d of table.day) {
		if (d === MISSING_DAY) continue;
		if (d < first) first = d;
		if (d > last) last = d;
	}
	return first <= last ? { first, last } : null;
}

async function windowsFor(
	ctx: AnalysisContext,
	table: SurveyTable,
	params: Record<string, unknown>
): Promise<StripWindows | null> {
	const { preset, compare } = stripChoice(params);
	if (typeof params.transactionsId === 'string' && params.transactionsId !== '') {
		try {
			return stripWindows(await ctx.transactions(params.transactionsId), preset, compare);
		} catch (e) {
			// No transactions left (a filter took them all): the survey's own dates decide.
			if (!(e instanceof AnalysisProblem)) throw e;
		}
	}
	const span = surveySpan(table);
	return span ? windowsOver(span.first, span.last, preset, compare) : null;
}

/** Worker entry: params { surveyId, mapping, transactionsId?, preset, compare }. */
export async function satisfactionNpsCompare(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<NpsCompareResult> {
	const table = await ctx.survey(String(params.surveyId));
	const { preset, compare } = stripChoice(params);
	const setup = satisfactionSetup(table, readMapping(params.mapping));
	const item = npsItem(setup);
	const scale = item === null ? null : (setup.scales[item] ?? null);
	const w = item === null ? null : await windowsFor(ctx, table, params);
	const waveColumn = Object.keys(table.groups ?? {}).find((g) => WAVE_NAME.test(g)) ?? null;
	const values = item === null ? null : table.items[item];
	return {
		preset,
		compare,
		item,
		scale,
		issue: item === null ? { code: 'construct_missing', item: 'recommendation' } : null,
		hasDates: surveySpan(table) !== null,
		nowFromIso: w ? isoFromDay(w.now.from) : null,
		nowToIso: w ? isoFromDay(w.now.to) : null,
		beforeFromIso: w?.before ? isoFromDay(w.before.from) : null,
		beforeToIso: w?.before ? isoFromDay(w.before.to) : null,
		periods:
			values && w && table.day ? compareNps(values, table.day, scale, w.now, w.before) : null,
		waveColumn: values ? waveColumn : null,
		waves:
			values && waveColumn
				? npsByWave(values, scale, table.groups![waveColumn], table.day ?? null)
				: null
	};
}
