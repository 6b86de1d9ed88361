// Jones & Sasser's "completely satisfied vs satisfied": the repurchase rate of respondents in the
// top satisfaction box divided by that of the box just below (5 vs 4 on 1–5, 10 vs 9 on 0–10).
// `repurchase` is 1/0 per respondent (behaviour, or a top-box intention via topBox) or any
// number whose mean is wanted; NaN rows are left out.
import type { Scale } from './detectScale';
import type { SatisfactionIssue } from './satisfactionIssue';

export interface BoxRate {
	level: number;
	n: number;
	rate: number;
}

export interface CompletelySatisfiedRatio {
	top: BoxRate;
	below: BoxRate;
	/** top.rate / below.rate; null when nobody in the box below repurchased. */
	ratio: number | null;
}

export function completelySatisfiedRatio(
	satisfaction: Float64Array,
	[, hi]: Scale,
	repurchase: Float64Array
): CompletelySatisfiedRatio | SatisfactionIssue {
	if (satisfaction.length !== repurchase.length) return { code: 'length_mismatch' };
	const n = [0, 0];
	const sum = [0, 0];
	for (let i = 0; i < satisfaction.length; i++) {
		const r = repurchase[i];
		if (Number.isNaN(r)) continue;
		const box = satisfaction[i] === hi ? 0 : satisfaction[i] === hi - 1 ? 1 : -1;
		if (box < 0) continue;
		n[box]++;
		sum[box] += r;
	}
	if (n[0] === 0) return { code: 'empty_box', n: 0, item: String(hi) };
	if (n[1] === 0) return { code: 'empty_box', n: 0, item: String(hi - 1) };
	const top = { level: hi, n: n[0], rate: sum[0] / n[0] };
	const below = { level: hi - 1, n: n[1], rate: sum[1] / n[1] };
	return { top, below, ratio: below.rate > 0 ? top.rate / below.rate : null };
}
