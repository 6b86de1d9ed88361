// Scale detection for a whole survey: an item whose own answers leave the scale open takes the
// scale that most unambiguous items of the same survey have (the bank file's imag4 runs 3..10,
// yet the questionnaire is 0–10 because its other items reach 0). Only rating scales (up to 10
// points) vote: a 0–100 percentage or a count (wallet share, people referred) in the same file says
// nothing about the scale the rating items were asked on.
import { detectScale, type Scale, type ScaleDetection } from './detectScale';
import type { SurveyTable } from '../types';
import { emptyRecord } from '../emptyRecord';

export interface ItemScale extends ScaleDetection {
	/** 'item' = decided by the item's own answers, 'survey' = borrowed from the other items. */
	source: 'item' | 'survey';
}

export function detectScales(table: SurveyTable): Record<string, ItemScale> {
	const own: Record<string, ScaleDetection> = emptyRecord();
	const votes = new Map<string, number>();
	for (const [name, values] of Object.entries(table.items)) {
		const d = detectScale(values);
		own[name] = d;
		if (d.scale && !d.ambiguous && d.scale[1] <= 10) {
			const key = d.scale.join('-');
			votes.set(key, (votes.get(key) ?? 0) + 1);
		}
	}
	const out: Record<string, ItemScale> = emptyRecord();
	for (const [name, d] of Object.entries(own)) {
		if (!d.ambiguous || votes.size === 0) {
			out[name] = { ...d, source: 'item' };
			continue;
		}
		let best: Scale | null = null;
		let bestVotes = 0;
		for (const c of d.candidates) {
			const v = votes.get(c.join('-')) ?? 0;
			if (v > bestVotes) {
				best = c;
				bestVotes = v;
			}
		}
		out[name] = best
			? { ...d, scale: best, ambiguous: false, source: 'survey' }
			: { ...d, source: 'item' };
	}
	return out;
}
