// Preset rule sets on the 1–5 score scale (REFERENCES.md). For 3 or 4 bins write custom rules:
// ruleCoverage() flags ranges outside the scale.
import type { SegmentRule } from './segmentRule';

const ANY: [number, number] = [1, 5];

function rule(key: string, r: [number, number], f: [number, number], m = ANY): SegmentRule {
	return { key, r, f, m };
}

export type SegmentPresetName = 'rfmVignette' | 'rfGrid' | 'short';

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
	]
};
