// One-call summary of a survey for the headless CLI: detected scales, constructs with Cronbach's
// alpha and mean 0–10 score, NPS when a recommendation item is on 0–10, and Jones & Sasser zone
// counts. Without a map, constructs come from the header suggestions. Anything that could not be
// computed is null, with the reason in `issues`.
import { blockScore } from './blockScore';
import { constructScores } from './constructScores';
import { LOYALTY_BLOCK, SATISFACTION_BLOCK, isConstruct, type Construct } from './constructs';
import { cronbachAlpha } from './cronbachAlpha';
import type { Scale } from './detectScale';
import { detectScales } from './detectScales';
import { jonesSasser, type QuadrantThresholds, type Zone } from './jonesSasser';
import { nps } from './nps';
import { rescaleTo10 } from './rescaleTo10';
import { reverseCode } from './reverseCode';
import type { SatisfactionIssue } from './satisfactionIssue';
import { suggestConstructMap } from './suggestConstruct';
import type { SurveyTable } from '../types';
import { emptyRecord, ownValue } from '../emptyRecord';

export interface SurveyReportOptions {
	/** Item → construct; unknown construct names are reported and skipped. */
	map?: Record<string, string>;
	/** Items to reverse-code before scoring. */
	reversed?: string[];
	/** Declared scales that override detection. */
	scales?: Record<string, Scale>;
	thresholds?: Partial<QuadrantThresholds>;
}

export interface BlockSummary {
	items: string[];
	/** Cronbach's alpha on the 0–10 rescaled items; null for one item or when undefined. */
	alpha: number | null;
	/** Mean 0–10 score over respondents who have one. */
	mean: number | null;
	/** Items with a reliability warning (item–rest r < 0.3 or alpha rises by > 0.05 without them). */
	flagged: string[];
}

export interface SurveyReport {
	respondents: number;
	scales: Record<string, Scale | null>;
	constructs: Partial<Record<Construct, BlockSummary>>;
	/** The loyalty measures together (the textbook's loyalty block). */
	loyaltyBlock: BlockSummary | null;
	nps: {
		item: string;
		score: number;
		promoters: number;
		passives: number;
		detractors: number;
		n: number;
	} | null;
	quadrants: Record<Zone, number> | null;
	issues: SatisfactionIssue[];
}

export function surveyReport(table: SurveyTable, options: SurveyReportOptions = {}): SurveyReport {
	const issues: SatisfactionIssue[] = [];
	const detected = detectScales(table);
	const scales: Record<string, Scale | null> = emptyRecord();
	for (const [item, d] of Object.entries(detected)) {
		scales[item] = ownValue(options.scales, item) ?? d.scale;
		if (!scales[item] && d.issue) issues.push({ code: d.issue, item, n: d.n });
	}
	const map: Record<string, Construct> = emptyRecord();
	for (const [item, c] of Object.entries(
		options.map ?? suggestConstructMap(Object.keys(table.items))
	)) {
		if (isConstruct(c)) map[item] = c;
		else issues.push({ code: 'unknown_construct', item });
	}
	const reversed = new Set(options.reversed ?? []);
	const { scores, items } = constructScores(table, map, scales, { reversed: [...reversed] });
	const rescaled = (item: string) => {
		const s = scales[item]!;
		const v = table.items[item];
		return rescaleTo10(reversed.has(item) ? reverseCode(v, s) : v, s);
	};
	const summarize = (names: string[], score: Float64Array | null, label: string): BlockSummary => {
		let alpha: number | null = null;
		let flagged: string[] = [];
		if (names.length > 1) {
			const rel = cronbachAlpha(Object.fromEntries(names.map((n) => [n, rescaled(n)])));
			if ('code' in rel) issues.push({ ...rel, item: label });
			else {
				alpha = rel.alpha;
				flagged = rel.items.filter((i) => i.warnings.length > 0).map((i) => i.item);
			}
		}
		return { items: names, alpha, mean: score ? meanOf(score) : null, flagged };
	};
	const constructs: Partial<Record<Construct, BlockSummary>> = {};
	for (const [c, names] of Object.entries(items) as [Construct, string[]][])
		constructs[c] = summarize(names, scores[c] ?? null, c);
	const inBlock = new Set(LOYALTY_BLOCK.flatMap((c) => items[c] ?? []));
	const loyaltyItems = Object.keys(table.items).filter((i) => inBlock.has(i));
	const loyalty = blockScore(scores, LOYALTY_BLOCK);
	const loyaltyBlock = loyalty ? summarize(loyaltyItems, loyalty, 'loyalty') : null;
	return {
		respondents: table.length,
		scales,
		constructs,
		loyaltyBlock,
		nps: npsOf(table, items.recommendation ?? [], scales, issues),
		quadrants: quadrantsOf(scores, loyalty, options.thresholds, issues),
		issues
	};
}

function meanOf(x: Float64Array): number | null {
	let s = 0;
	let n = 0;
	for (let i = 0; i < x.length; i++)
		if (!Number.isNaN(x[i])) {
			s += x[i];
			n++;
		}
	return n ? s / n : null;
}

/** NPS of the first recommendation item asked on 0–10. */
function npsOf(
	table: SurveyTable,
	recommendation: string[],
	scales: Record<string, Scale | null>,
	issues: SatisfactionIssue[]
): SurveyReport['nps'] {
	if (recommendation.length === 0) {
		issues.push({ code: 'construct_missing', item: 'recommendation' });
		return null;
	}
	const item =
		recommendation.find((i) => scales[i]?.[0] === 0 && scales[i]?.[1] === 10) ?? recommendation[0];
	const r = nps(table.items[item], scales[item]);
	if ('code' in r) {
		issues.push({ ...r, item });
		return null;
	}
	const { score, promoters, passives, detractors, n } = r;
	return { item, score, promoters, passives, detractors, n };
}

function quadrantsOf(
	scores: Partial<Record<Construct, Float64Array>>,
	loyalty: Float64Array | null,
	thresholds: Partial<QuadrantThresholds> | undefined,
	issues: SatisfactionIssue[]
): Record<Zone, number> | null {
	const satisfaction = scores.satisfaction ?? blockScore(scores, SATISFACTION_BLOCK);
	if (!satisfaction || !loyalty) {
		issues.push({ code: 'construct_missing', item: satisfaction ? 'loyalty' : 'satisfaction' });
		return null;
	}
	const q = jonesSasser(satisfaction, loyalty, thresholds);
	if ('code' in q) {
		issues.push(q);
		return null;
	}
	return q.counts;
}
