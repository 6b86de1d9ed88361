// Preset segment rules on any score scale. The presets are written for scores 1–5; on 3, 4 or
// 6–9 bins each score is read as the 1–5 score nearest to its relative position, and a rule
// keeps exactly the scores that read into its 1–5 range. Boxes that tiled 1–5 still tile the
// new scale (no gaps or overlaps appear); a range with no score left drops its rule.
import { segmentPresets, type SegmentPresetName } from '../../analytics/rfm/segmentPresets';
import type { SegmentRule } from '../../analytics/rfm/segmentRule';

export const PRESET_NAMES = Object.keys(segmentPresets) as SegmentPresetName[];

/** The 1–5 score that score `s` of `bins` stands for. */
export function fivePointScore(s: number, bins: number): number {
	if (bins === 1) return 3;
	return Math.round(1 + ((s - 1) * 4) / (bins - 1));
}

function project(range: [number, number], bins: number): [number, number] | null {
	let lo = Infinity;
	let hi = -Infinity;
	for (let s = 1; s <= bins; s++) {
		const p = fivePointScore(s, bins);
		if (p >= range[0] && p <= range[1]) {
			lo = Math.min(lo, s);
			hi = Math.max(hi, s);
		}
	}
	return lo <= hi ? [lo, hi] : null;
}

export function rescaleRules(
	rules: SegmentRule[],
	bins: number
): { rules: SegmentRule[]; dropped: string[] } {
	if (bins === 5) return { rules: rules.map((x) => structuredClone(x)), dropped: [] };
	const out: SegmentRule[] = [];
	const dropped: string[] = [];
	for (const x of rules) {
		const r = project(x.r, bins);
		const f = project(x.f, bins);
		const m = project(x.m, bins);
		if (r && f && m) out.push({ key: x.key, r, f, m });
		else dropped.push(x.key);
	}
	return { rules: out, dropped };
}

export function presetRules(
	name: SegmentPresetName,
	bins: number
): { rules: SegmentRule[]; dropped: string[] } {
	return rescaleRules(segmentPresets[name], bins);
}

export function isPresetName(name: string): name is SegmentPresetName {
	return (PRESET_NAMES as string[]).includes(name);
}
