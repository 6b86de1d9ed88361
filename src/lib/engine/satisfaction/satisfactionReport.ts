// `cli survey`'s analysis: the survey report (scales, constructs with Cronbach's alpha and mean
// 0–10 score, loyalty index, NPS, Jones & Sasser zones) read with the Satisfaction view's own
// mapping rules (satisfactionSetup), plus the NPS interval the view shows and, by a survey
// column, each group's NPS and the difference between two groups (issue 15).
import {
	nps,
	npsByGroup,
	npsDifference,
	surveyReport,
	type NpsDifference,
	type Scale,
	type SurveyReport
} from '../../analytics/satisfaction/index';
import type { AnalysisContext } from '../context';
import { emptyRecord } from '../../analytics/emptyRecord';
import { satisfactionSetup } from './satisfactionSetup';

export interface SatisfactionReportParams {
	id: string;
	/** Item → construct ('' leaves the item out), replacing the header suggestion. */
	map: Record<string, string>;
	scales: Record<string, Scale>;
	reversed: string[];
	/** A survey category column to split NPS by; null = no groups. */
	by: string | null;
	/** The two groups to compare; null = the two largest. */
	compare: [string, string] | null;
}

export interface NpsGroup {
	group: string;
	n: number;
	score: number;
	se: number;
	ci95: [number, number];
}

export interface SatisfactionReport {
	report: SurveyReport;
	npsInterval: { item: string; score: number; se: number; ci95: [number, number] } | null;
	/** The survey's category columns (what `by` may name). */
	groupColumns: string[];
	/** NPS per group of `by`; null without `by`, without that column or without an NPS item. */
	npsGroups: NpsGroup[] | null;
	/** The compared pair; null with fewer than two groups or a `compare` name not among them. */
	npsDifference: ({ a: string; b: string } & NpsDifference) | null;
}

const isScale = (v: unknown): v is Scale =>
	Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number');
const strings = (v: unknown): string[] =>
	Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Params arrive as plain JSON: keep what has the right type, drop the rest. */
function readParams(params: Record<string, unknown>): SatisfactionReportParams {
	const map: Record<string, string> = emptyRecord();
	const scales: Record<string, Scale> = emptyRecord();
	if (params.map && typeof params.map === 'object')
		for (const [k, v] of Object.entries(params.map)) if (typeof v === 'string') map[k] = v;
	if (params.scales && typeof params.scales === 'object')
		for (const [k, v] of Object.entries(params.scales)) if (isScale(v)) scales[k] = v;
	const compare = strings(params.compare);
	return {
		id: String(params.id ?? ''),
		map,
		scales,
		reversed: strings(params.reversed),
		by: typeof params.by === 'string' ? params.by : null,
		compare: compare.length === 2 ? [compare[0], compare[1]] : null
	};
}

export async function satisfactionReport(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<SatisfactionReport> {
	const p = readParams(params);
	const table = await ctx.survey(p.id);
	const setup = satisfactionSetup(table, { map: p.map, scales: p.scales, reversed: p.reversed });
	const declared: Record<string, Scale> = emptyRecord();
	for (const [item, s] of Object.entries(setup.scales)) if (s) declared[item] = s;
	const report = surveyReport(table, {
		map: setup.map,
		reversed: setup.reversed,
		scales: declared
	});
	const scales = setup.scales;
	const recommendation = setup.constructItems.recommendation ?? [];
	// The 0–10 recommendation item when there is one (NPS needs it), else the first.
	const item =
		recommendation.find((i) => scales[i]?.[0] === 0 && scales[i]?.[1] === 10) ?? recommendation[0];
	const overall = item ? nps(table.items[item], scales[item] ?? null) : null;
	const npsInterval =
		item && overall && !('code' in overall)
			? { item, score: overall.score, se: overall.se, ci95: overall.ci95 }
			: null;
	const groupColumns = Object.keys(table.groups ?? {});
	const column =
		p.by !== null && table.groups && Object.hasOwn(table.groups, p.by)
			? table.groups[p.by]
			: undefined;
	if (!column || !npsInterval)
		return { report, npsInterval, groupColumns, npsGroups: null, npsDifference: null };
	const results = npsByGroup(table.items[item], scales[item] ?? null, column);
	const groups = Object.entries(results)
		.filter((e): e is [string, Exclude<(typeof e)[1], { code: string }>] => !('code' in e[1]))
		.map(([group, r]) => ({ group, n: r.n, score: r.score, se: r.se, ci95: r.ci95 }));
	let pair: [string, string] | null = null;
	if (p.compare) {
		if (p.compare.every((n) => groups.some((g) => g.group === n))) pair = p.compare;
	} else if (groups.length >= 2) {
		const big = [...groups].sort((x, y) => y.n - x.n || (x.group < y.group ? -1 : 1));
		pair = [big[0].group, big[1].group];
	}
	let difference: SatisfactionReport['npsDifference'] = null;
	if (pair) {
		const a = groups.find((g) => g.group === pair[0])!;
		const b = groups.find((g) => g.group === pair[1])!;
		difference = { a: a.group, b: b.group, ...npsDifference(a, b) };
	}
	return { report, npsInterval, groupColumns, npsGroups: groups, npsDifference: difference };
}
