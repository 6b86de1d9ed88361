// Net Promoter Score of a 0–10 "how likely to recommend" item: promoters 9–10, passives 7–8,
// detractors 0–6; NPS = 100 × (share of promoters − share of detractors). Another scale is not
// NPS (a 1–10 or 1–5 item has no honest mapping), so it is refused with an issue.
// The 95 % interval treats each answer as a trinomial draw: Var(p̂ − d̂) = (p + d − (p − d)²)/n,
// normal approximation, clamped to −100…100.
import type { Scale } from './detectScale';
import type { SatisfactionIssue } from './satisfactionIssue';

export interface NpsResult {
	/** −100…100. */
	score: number;
	n: number;
	promoters: number;
	passives: number;
	detractors: number;
	shares: { promoters: number; passives: number; detractors: number };
	/** Standard error of the score, in score points. */
	se: number;
	ci95: [number, number];
	/** Answers left out because they are not whole numbers 0–10. */
	invalid: number;
}

const Z975 = 1.959963984540054;

export function nps(values: Float64Array, scale: Scale | null): NpsResult | SatisfactionIssue {
	if (values.length === 0) return { code: 'nps_empty', n: 0 };
	let promoters = 0;
	let passives = 0;
	let detractors = 0;
	let invalid = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (Number.isNaN(v)) continue;
		if (!Number.isInteger(v) || v < 0 || v > 10) invalid++;
		else if (v >= 9) promoters++;
		else if (v >= 7) passives++;
		else detractors++;
	}
	const n = promoters + passives + detractors;
	if (n === 0 && invalid === 0) return { code: 'nps_all_missing', n: 0 };
	if (!scale || scale[0] !== 0 || scale[1] !== 10) return { code: 'nps_wrong_scale', scale, n };
	if (n === 0) return { code: 'nps_all_missing', n: 0 };
	const p = promoters / n;
	const d = detractors / n;
	const diff = p - d;
	const se = Math.sqrt(Math.max(0, p + d - diff * diff) / n);
	const clamp = (x: number) => Math.min(100, Math.max(-100, x));
	return {
		score: 100 * diff,
		n,
		promoters,
		passives,
		detractors,
		shares: { promoters: p, passives: passives / n, detractors: d },
		se: 100 * se,
		ci95: [clamp(100 * (diff - Z975 * se)), clamp(100 * (diff + Z975 * se))],
		invalid
	};
}
