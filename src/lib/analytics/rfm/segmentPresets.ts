// Preset rule sets on the 1–5 score scale (REFERENCES.md). For 3 or 4 bins write custom rules:
// ruleCoverage() flags ranges outside the scale.
import type { SegmentRule } from './segmentRule';

const ANY: [number, number] = [1, 5];

function rule(key: string, r: [number, number], f: [number, number], m = ANY): SegmentRule {
	return { key, r, f, m };
}

export type SegmentPresetName = 'rfmVignette' | 'rfGrid' | 'short' | 'cn8';

// Low and high halves of the 1–5 scale: on 2 bins (the eight-class model's high/low against a
// cut) they read as scores 1 and 2; on 5 bins as 1–2 and 3–5, so the eight boxes tile any scale.
const LOW: [number, number] = [1, 2];
const HIGH: [number, number] = [3, 5];

export const segmentPresets: Record<SegmentPresetName, SegmentRule[]> = {
	// R package rfm 0.3.0 vignette, in its order; unmatched cells fall to 'others'.
	rfmVignette: [
		rule('champions', [5, 5], [5, 5], [5, 5]),
		rule('potentialLoyalist', [3, 5], [3, 5], [2, 5]),
		rule('loyal', [2, 4], [2, 4], [2, 4]),
		rule('promising', [3, 4], [1, 3], [3, 5]),
		rule('newCustomers', [4, 5], [1, 3], [1, 5]),
		rule('cantLose', [1, 2], [3, 4], [4, 5]),
		rule('atRisk', [1, 2], [2, 5], [4, 5]),
		rule('needAttention', [1, 3], [3, 5], [3, 5]),
		rule('aboutToSleep', [2, 3], [1, 3], [1, 4]),
		rule('lost', [1, 1], [1, 5], [1, 5])
	],
	// The widely copied R × F grid: ten boxes tiling all 25 R × F cells, M ignored.
	rfGrid: [
		rule('hibernating', [1, 2], [1, 2]),
		rule('atRisk', [1, 2], [3, 4]),
		rule('cantLose', [1, 2], [5, 5]),
		rule('aboutToSleep', [3, 3], [1, 2]),
		rule('needAttention', [3, 3], [3, 3]),
		rule('loyal', [3, 4], [4, 5]),
		rule('promising', [4, 4], [1, 1]),
		rule('newCustomers', [5, 5], [1, 1]),
		rule('potentialLoyalist', [4, 5], [2, 3]),
		rule('champions', [5, 5], [4, 5])
	],
	// Our short preset for teaching: R and F each read as low (1–2), middle (3), high (4–5);
	// six boxes tile the R × F square with no overlap, so nobody is 'others'. M is left to the
	// segment table (revenue) rather than splitting groups further.
	short: [
		rule('champions', [4, 5], [4, 5]),
		rule('loyal', [3, 5], [3, 5]),
		rule('promising', [4, 5], [1, 2]),
		rule('needAttention', [3, 3], [1, 2]),
		rule('atRisk', [1, 2], [3, 5]),
		rule('hibernating', [1, 2], [1, 2])
	],
	// The eight-class model of Chinese textbooks and practice: R, F, M each high or low against a
	// stated cut (mean or median per dimension, scored on 2 bins). 重要 = high M, 一般 = low M;
	// value = R and F high, develop = R high F low, keep = R low F high, retain = both low.
	cn8: [
		rule('importantValue', HIGH, HIGH, HIGH),
		rule('importantDevelop', HIGH, LOW, HIGH),
		rule('importantKeep', LOW, HIGH, HIGH),
		rule('importantRetain', LOW, LOW, HIGH),
		rule('generalValue', HIGH, HIGH, LOW),
		rule('generalDevelop', HIGH, LOW, LOW),
		rule('generalKeep', LOW, HIGH, LOW),
		rule('generalRetain', LOW, LOW, LOW)
	]
};
