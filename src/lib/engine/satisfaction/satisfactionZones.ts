// Jones & Sasser zones for the scatter: each respondent's satisfaction and loyalty (0–10), the
// zone, the counts, and jittered positions for drawing discrete answers. The jitter never carries
// a dot across a zone line, so what the eye counts matches the table.
import {
	DEFAULT_QUADRANT_THRESHOLDS,
	LOYALTY_BLOCK,
	LOYALTY_MEASURES,
	SATISFACTION_BLOCK,
	blockScore,
	jitter,
	jonesSasser,
	type Construct,
	type QuadrantThresholds,
	type SatisfactionIssue,
	type Zone
} from '../../analytics/satisfaction/index';
import type { SurveyTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { readMapping, satisfactionSetup, type SurveySetup } from './satisfactionSetup';

/** 'auto' = plain satisfaction, else all satisfaction constructs; 'block' = the loyalty measures together. */
export type SatisfactionAxis = 'auto' | Construct;
export type LoyaltyAxis = 'block' | Construct;

export interface ZonesAnalysis {
	satisfactionAxis: SatisfactionAxis;
	loyaltyAxis: LoyaltyAxis;
	/** Axis choices the survey supports. */
	satisfactionOptions: Construct[];
	loyaltyOptions: Construct[];
	/** Jittered positions (NaN for respondents without both scores). */
	x: Float64Array;
	y: Float64Array;
	/** Index into ZONES, −1 when not placed. */
	zone: Int8Array;
	counts: Record<Zone, number>;
	n: number;
	missing: number;
	thresholds: QuadrantThresholds;
	/** Customer id per respondent, or null when the survey has none. */
	ids: (string | null)[] | null;
}

/** Moves a jittered value back to its own side of every line it crossed (mirror image). */
export function keepSide(orig: Float64Array, moved: Float64Array, lines: number[]): Float64Array {
	const out = new Float64Array(moved.length);
	for (let i = 0; i < moved.length; i++) {
		let v = moved[i];
		const o = orig[i];
		for (const line of lines) {
			// High means at or above the line, as in jonesSasser.
			if (o >= line && v < line) v = line + (line - v);
			else if (o < line && v >= line) v = line - (v - line) - 1e-9;
		}
		out[i] = v;
	}
	return out;
}

export function axisScores(
	setup: SurveySetup,
	satisfactionAxis: SatisfactionAxis,
	loyaltyAxis: LoyaltyAxis
): { satisfaction: Float64Array | null; loyalty: Float64Array | null } {
	const s = setup.scores;
	const satisfaction =
		satisfactionAxis === 'auto'
			? (s.satisfaction ?? blockScore(s, SATISFACTION_BLOCK))
			: (s[satisfactionAxis] ?? null);
	const loyalty = loyaltyAxis === 'block' ? blockScore(s, LOYALTY_BLOCK) : (s[loyaltyAxis] ?? null);
	return { satisfaction, loyalty };
}

export function readThresholds(raw: unknown): QuadrantThresholds {
	const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const pick = (k: keyof QuadrantThresholds) =>
		typeof o[k] === 'number' && !Number.isNaN(o[k])
			? (o[k] as number)
			: DEFAULT_QUADRANT_THRESHOLDS[k];
	return {
		satisfactionHigh: pick('satisfactionHigh'),
		loyaltyHigh: pick('loyaltyHigh'),
		apostleMin: pick('apostleMin'),
		terroristMax: pick('terroristMax')
	};
}

export function zonesAnalysis(
	table: SurveyTable,
	mappingRaw: unknown,
	thresholds: QuadrantThresholds,
	satisfactionAxis: SatisfactionAxis = 'auto',
	loyaltyAxis: LoyaltyAxis = 'block'
): ZonesAnalysis | SatisfactionIssue {
	const setup = satisfactionSetup(table, readMapping(mappingRaw));
	const { satisfaction, loyalty } = axisScores(setup, satisfactionAxis, loyaltyAxis);
	if (!satisfaction) return { code: 'construct_missing', item: 'satisfaction' };
	if (!loyalty) return { code: 'construct_missing', item: 'loyalty' };
	const q = jonesSasser(satisfaction, loyalty, thresholds);
	if ('code' in q) return q;
	const t = q.thresholds;
	// The terrorist corner is "at or below", so its line sits a hair above the threshold.
	const low = t.terroristMax + 1e-9;
	// About a sixth of a point: enough to separate stacked answers, too little to mislead.
	const x = keepSide(satisfaction, jitter(satisfaction, 0.16, 1), [
		t.satisfactionHigh,
		t.apostleMin,
		low
	]);
	const y = keepSide(loyalty, jitter(loyalty, 0.16, 2), [t.loyaltyHigh, t.apostleMin, low]);
	const present = (c: Construct) => !!setup.scores[c];
	return {
		satisfactionAxis,
		loyaltyAxis,
		satisfactionOptions: SATISFACTION_BLOCK.filter(present),
		loyaltyOptions: [...LOYALTY_MEASURES, 'loyalty' as const].filter(present),
		x,
		y,
		zone: q.zone,
		counts: q.counts,
		n: q.n,
		missing: q.missing,
		thresholds: t,
		ids: table.customerId
	};
}

/** Axis choices from plain JSON; anything unknown falls back to the defaults. */
export function readAxes(params: Record<string, unknown>): {
	satisfactionAxis: SatisfactionAxis;
	loyaltyAxis: LoyaltyAxis;
} {
	const sa = params.satisfactionAxis;
	const la = params.loyaltyAxis;
	return {
		satisfactionAxis:
			typeof sa === 'string' && (SATISFACTION_BLOCK as readonly string[]).includes(sa)
				? (sa as Construct)
				: 'auto',
		loyaltyAxis:
			typeof la === 'string' && ([...LOYALTY_MEASURES, 'loyalty'] as string[]).includes(la)
				? (la as Construct)
				: 'block'
	};
}

/** Worker entry: params { surveyId, mapping, thresholds, satisfactionAxis, loyaltyAxis }. */
export async function satisfactionZones(ctx: AnalysisContext, params: Record<string, unknown>) {
	const table = await ctx.survey(String(params.surveyId));
	const { satisfactionAxis, loyaltyAxis } = readAxes(params);
	return zonesAnalysis(
		table,
		params.mapping,
		readThresholds(params.thresholds),
		satisfactionAxis,
		loyaltyAxis
	);
}
