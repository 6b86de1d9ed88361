// The user's survey mapping made concrete: per item the detected scale (or the user's), the
// suggested construct (or the user's choice, '' = not used) and the reverse-coded flag, then the
// 0–10 construct scores every satisfaction analysis starts from. Shared by the worker analyses and
// the CLI, so both read a mapping the same way.
import {
	KNOWN_SCALES,
	constructScores,
	detectScales,
	isConstruct,
	rescaleTo10,
	reverseCode,
	suggestConstruct,
	type Construct,
	type Scale,
	type SatisfactionIssue
} from '../../analytics/satisfaction/index';
import type { SurveyTable } from '../../analytics/types';
import { satisfactionNpsScale } from './satisfactionNpsScale';
import { emptyRecord, ownValue } from '../../analytics/emptyRecord';

/** What the page remembers per survey dataset and sends with every satisfaction analysis. */
export interface SurveyMapping {
	/** Item → construct key, or '' for "not used"; items left out take the suggestion. */
	map?: Record<string, string>;
	/** Items to turn round (lo + hi − v) before scoring. */
	reversed?: string[];
	/** Declared scales that replace detection. */
	scales?: Record<string, Scale>;
}

export type ScaleSource = 'item' | 'survey' | 'recommendation' | 'user';

export interface ItemSetup {
	name: string;
	/** Answers that are numbers. */
	n: number;
	min: number;
	max: number;
	/** Mean of the raw answers on the item's own scale; null without answers. */
	mean: number | null;
	detected: Scale | null;
	/** Known scales that hold every answer, tightest first. */
	candidates: Scale[];
	/** The detection could not single out the scale (shown as "please confirm"). */
	ambiguous: boolean;
	/** The scale used. */
	scale: Scale | null;
	scaleSource: ScaleSource;
	/** A scale the header suggests (the 0–10 NPS question) but the answers do not prove. */
	suggestedScale: Scale | null;
	suggested: Construct | null;
	construct: Construct | null;
	reversed: boolean;
}

export interface SurveySetup {
	items: ItemSetup[];
	scales: Record<string, Scale | null>;
	map: Record<string, Construct>;
	reversed: string[];
	/** 0–10 scores per construct with at least one usable item. */
	scores: Partial<Record<Construct, Float64Array>>;
	constructItems: Partial<Record<Construct, string[]>>;
	issues: SatisfactionIssue[];
	/** An item's answers on 0–10 (reverse-coded first when marked); null without a scale. */
	rescaled(item: string): Float64Array | null;
}

function isScale(x: unknown): x is Scale {
	return (
		Array.isArray(x) &&
		x.length === 2 &&
		KNOWN_SCALES.some(([lo, hi]) => lo === x[0] && hi === x[1])
	);
}

/** Reads a mapping that arrived as plain JSON; anything malformed is dropped, not trusted. */
export function readMapping(raw: unknown): SurveyMapping {
	const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const map: Record<string, string> = emptyRecord();
	if (o.map && typeof o.map === 'object')
		for (const [k, v] of Object.entries(o.map as Record<string, unknown>))
			if (typeof v === 'string' && (v === '' || isConstruct(v))) map[k] = v;
	const reversed = Array.isArray(o.reversed)
		? o.reversed.filter((x): x is string => typeof x === 'string')
		: [];
	const scales: Record<string, Scale> = emptyRecord();
	if (o.scales && typeof o.scales === 'object')
		for (const [k, v] of Object.entries(o.scales as Record<string, unknown>))
			if (isScale(v)) scales[k] = [v[0], v[1]];
	return { map, reversed, scales };
}

export function satisfactionSetup(table: SurveyTable, mapping: SurveyMapping = {}): SurveySetup {
	const detected = detectScales(table);
	const issues: SatisfactionIssue[] = [];
	const userMap = mapping.map ?? {};
	const userScales = mapping.scales ?? {};
	const reversedSet = new Set(
		(mapping.reversed ?? []).filter((r) => Object.hasOwn(table.items, r))
	);
	const items: ItemSetup[] = [];
	const scales: Record<string, Scale | null> = emptyRecord();
	const map: Record<string, Construct> = emptyRecord();
	for (const [name, values] of Object.entries(table.items)) {
		const d = detected[name];
		const suggested = suggestConstruct(name);
		const chosen = Object.hasOwn(userMap, name) ? userMap[name] : suggested;
		const construct = chosen && isConstruct(chosen) ? chosen : null;
		let scale = d.scale;
		let scaleSource: ScaleSource = d.source;
		// The header may suggest the 0–10 NPS question, but only the user's declaration changes the
		// scale: the answers decide (a "recommend" item with 1s and no 0 is 1–10).
		const npsSuggestion = satisfactionNpsScale(name, construct, d);
		const userScale = ownValue(userScales, name);
		if (userScale) {
			scale = userScale;
			scaleSource = 'user';
		}
		// A declared scale narrower than the answers would rescale them past 0–10.
		if (scale && d.n > 0 && (d.min < scale[0] || d.max > scale[1])) {
			scale = d.scale;
			scaleSource = d.source;
		}
		if (!scale && d.issue) issues.push({ code: d.issue, item: name, n: d.n });
		scales[name] = scale;
		if (construct) map[name] = construct;
		let sum = 0;
		for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) sum += values[i];
		items.push({
			name,
			n: d.n,
			min: d.min,
			max: d.max,
			mean: d.n > 0 ? sum / d.n : null,
			detected: d.scale,
			candidates: d.candidates,
			ambiguous: d.ambiguous,
			scale,
			scaleSource,
			suggestedScale: scaleSource === 'user' ? null : npsSuggestion,
			suggested,
			construct,
			reversed: reversedSet.has(name)
		});
	}
	const reversed = [...reversedSet];
	const { scores, items: constructItems } = constructScores(table, map, scales, { reversed });
	const rescaled = (item: string): Float64Array | null => {
		const s = scales[item];
		const v = table.items[item];
		if (!s || !v) return null;
		return rescaleTo10(reversedSet.has(item) ? reverseCode(v, s) : v, s);
	};
	return { items, scales, map, reversed, scores, constructItems, issues, rescaled };
}
