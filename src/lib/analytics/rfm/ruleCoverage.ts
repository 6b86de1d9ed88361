// Checks a rule set on the whole score space (not only on the customers at hand): which score
// cells no rule matches, which rules earlier rules shadow, which ranges leave the scale, and,
// given an assignment, how many customers fall to 'others' and which segments are empty.
import type { SegmentsIssue } from '../customers/segmentsIssue';
import { firstMatch, type SegmentAssignment } from './assignSegments';
import { OTHERS, type SegmentRule } from './segmentRule';

export interface RuleCheck {
	index: number;
	key: string;
	/** Score cells inside the rule's box (clipped to the scale). */
	cells: number;
	/** Cells where this rule is the first match. */
	wins: number;
	shadowed: 'none' | 'partly' | 'fully';
	outOfScale: boolean;
}

export interface RuleCoverage {
	bins: number;
	/** Whether M takes part (false when the data has no amount). */
	withMonetary: boolean;
	totalCells: number;
	/** [r, f, m] cells no rule matches (m = 0 when M is ignored). */
	unmatchedCells: [number, number, number][];
	rules: RuleCheck[];
	/** With an assignment: customers in 'others' and rule keys without customers. */
	unmatchedCustomers: number | null;
	emptySegments: string[] | null;
	issues: SegmentsIssue[];
}

function clipCount(range: [number, number], bins: number): number {
	return Math.max(0, Math.min(range[1], bins) - Math.max(range[0], 1) + 1);
}

export function ruleCoverage(
	rules: SegmentRule[],
	bins: number,
	options: { withMonetary?: boolean; assignment?: SegmentAssignment } = {}
): RuleCoverage {
	const withMonetary = options.withMonetary ?? true;
	const mValues = withMonetary ? Array.from({ length: bins }, (_, k) => k + 1) : [0];
	const wins = new Int32Array(rules.length);
	const unmatchedCells: [number, number, number][] = [];
	for (let r = 1; r <= bins; r++)
		for (let f = 1; f <= bins; f++)
			for (const m of mValues) {
				const k = firstMatch(rules, r, f, m);
				if (k < 0) unmatchedCells.push([r, f, m]);
				else wins[k]++;
			}
	const issues: SegmentsIssue[] = [];
	const checks: RuleCheck[] = rules.map((x, index) => {
		const ranges = withMonetary ? [x.r, x.f, x.m] : [x.r, x.f];
		// [1, hi] with hi above the top reads as "any score"; other ranges past the top change meaning.
		const outOfScale = ranges.some(
			([lo, hi]) => lo > hi || lo < 1 || lo > bins || (hi > bins && lo > 1)
		);
		const cells = ranges.reduce((p, range) => p * clipCount(range, bins), 1);
		const shadowed = wins[index] === cells ? 'none' : wins[index] === 0 ? 'fully' : 'partly';
		if (outOfScale) issues.push({ code: 'rule_out_of_scale', params: { segment: x.key, bins } });
		if (shadowed === 'fully' && cells > 0)
			issues.push({ code: 'rule_shadowed', params: { segment: x.key } });
		return { index, key: x.key, cells, wins: wins[index], shadowed, outOfScale };
	});
	if (unmatchedCells.length > 0)
		issues.push({ code: 'rules_unmatched_cells', params: { cells: unmatchedCells.length } });

	let unmatchedCustomers: number | null = null;
	let emptySegments: string[] | null = null;
	const a = options.assignment;
	if (a) {
		const counts = new Int32Array(a.keys.length);
		for (let i = 0; i < a.segment.length; i++) counts[a.segment[i]]++;
		unmatchedCustomers = counts[a.keys.indexOf(OTHERS)];
		emptySegments = a.keys.filter((key, k) => key !== OTHERS && counts[k] === 0);
		for (const segment of emptySegments)
			issues.push({ code: 'empty_segment', params: { segment } });
	}
	return {
		bins,
		withMonetary,
		totalCells: bins * bins * mValues.length,
		unmatchedCells,
		rules: checks,
		unmatchedCustomers,
		emptySegments,
		issues
	};
}
