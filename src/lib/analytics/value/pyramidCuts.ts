// Tier cut-offs as top-down percentages of customers (platinum, gold, iron, lead). The
// literature fixes none (Zeithaml, Rust & Lemon 2001), so these are editable presets.
import { SegmentsError } from '../customers/segmentsIssue';

export const PYRAMID_TIERS = ['platinum', 'gold', 'iron', 'lead'] as const;
export type PyramidTier = (typeof PYRAMID_TIERS)[number];

export const pyramidPresets = {
	standard: [5, 15, 30, 50],
	narrowTop: [1, 4, 15, 80],
	broadTop: [20, 30, 30, 20]
} satisfies Record<string, number[]>;

export type PyramidPresetName = keyof typeof pyramidPresets;

/** Four non-negative percentages summing to 100 (to within rounding of typed input). */
export function validateCuts(cuts: number[]): void {
	const sum = cuts.reduce((s, c) => s + c, 0);
	const ok =
		cuts.length === PYRAMID_TIERS.length &&
		cuts.every((c) => Number.isFinite(c) && c >= 0) &&
		Math.abs(sum - 100) < 1e-6;
	if (!ok) throw new SegmentsError({ code: 'bad_cuts', params: { cuts: cuts.join(' / ') } });
}
