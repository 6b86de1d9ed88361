// Respondent scores per construct: the mean of the construct's answered items, each first
// rescaled to 0–10 on its own scale (reverse-coded items turned round first). A respondent who
// answered none of a construct's items has NaN for it. Items without a known scale are skipped.
import type { Construct } from './constructs';
import type { Scale } from './detectScale';
import { rescaleTo10 } from './rescaleTo10';
import { reverseCode } from './reverseCode';
import type { SurveyTable } from '../types';

export interface ConstructScores {
	/** 0–10 score per respondent, per construct that has at least one usable item. */
	scores: Partial<Record<Construct, Float64Array>>;
	/** The items that went into each construct, in table order. */
	items: Partial<Record<Construct, string[]>>;
	/** Mapped items left out because their scale is unknown or the column is absent. */
	skipped: string[];
}

export interface ConstructScoreOptions {
	/** Items the user marked as reverse coded. */
	reversed?: string[];
}

export function constructScores(
	table: SurveyTable,
	map: Record<string, Construct>,
	scales: Record<string, Scale | null>,
	options: ConstructScoreOptions = {}
): ConstructScores {
	const reversed = new Set(options.reversed ?? []);
	const sums = new Map<Construct, { sum: Float64Array; count: Int32Array }>();
	const items: Partial<Record<Construct, string[]>> = {};
	const skipped: string[] = [];
	for (const [item, construct] of Object.entries(map)) {
		const raw = table.items[item];
		const scale = scales[item];
		if (!raw || !scale) {
			skipped.push(item);
			continue;
		}
		const values = rescaleTo10(reversed.has(item) ? reverseCode(raw, scale) : raw, scale);
		let acc = sums.get(construct);
		if (!acc) {
			acc = { sum: new Float64Array(table.length), count: new Int32Array(table.length) };
			sums.set(construct, acc);
		}
		for (let i = 0; i < table.length; i++) {
			const v = values[i];
			if (Number.isNaN(v)) continue;
			acc.sum[i] += v;
			acc.count[i]++;
		}
		(items[construct] ??= []).push(item);
	}
	const scores: Partial<Record<Construct, Float64Array>> = {};
	for (const [construct, { sum, count }] of sums) {
		const s = new Float64Array(table.length);
		for (let i = 0; i < s.length; i++) s[i] = count[i] > 0 ? sum[i] / count[i] : NaN;
		scores[construct] = s;
	}
	return { scores, items, skipped };
}
