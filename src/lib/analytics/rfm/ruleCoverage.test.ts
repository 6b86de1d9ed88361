import { describe, expect, it } from 'vitest';
import { assignSegments } from './assignSegments';
import { ruleCoverage } from './ruleCoverage';
import { segmentPresets } from './segmentPresets';
import type { SegmentRule } from './segmentRule';

describe('ruleCoverage on the score space', () => {
	// Wins counted by hand on the 5 × 5 × 5 cube:
	// - cantLose (R1–2, F3–4, M4–5, 8 cells) loses R2 F3–4 M4 to Loyal → 6.
	// - atRisk (R1–2, F2–5, M4–5, 16 cells) loses 3 cells to Loyal (R2 F2–4 M4) and the 6
	//   further Can't-Lose cells → 7.
	// - needAttention (R1–3, F3–5, M3–5, 27): R3 all Potential Loyalist, M4–5 Can't Lose / At
	//   Risk, R2 F3–4 M3 Loyal → wins R1 F3–5 M3 and R2 F5 M3 = 4.
	// - lost (R1, 25 cells) loses 4 + 4 + 3 cells of R1 to the three rules above → 14.
	const vignette = ruleCoverage(segmentPresets.rfmVignette, 5);
	const byKey = Object.fromEntries(vignette.rules.map((r) => [r.key, r]));
	const cases = [
		{ key: 'champions', cells: 1, wins: 1, shadowed: 'none' },
		{ key: 'cantLose', cells: 8, wins: 6, shadowed: 'partly' },
		{ key: 'atRisk', cells: 16, wins: 7, shadowed: 'partly' },
		{ key: 'needAttention', cells: 27, wins: 4, shadowed: 'partly' },
		{ key: 'lost', cells: 25, wins: 14, shadowed: 'partly' }
	];
	it.each(cases)('vignette $key wins $wins of $cells cells', ({ key, cells, wins, shadowed }) => {
		expect(byKey[key]).toMatchObject({ cells, wins, shadowed, outOfScale: false });
	});

	it('vignette leaves cells to others, among them (2,1,5)', () => {
		expect(vignette.unmatchedCells).toContainEqual([2, 1, 5]);
		const won = vignette.rules.reduce((s, r) => s + r.wins, 0);
		expect(won + vignette.unmatchedCells.length).toBe(125);
		expect(vignette.issues.map((i) => i.code)).toContain('rules_unmatched_cells');
	});

	// Short preset: boxes × 5 M values; loyal (R3–5 × F3–5 = 9 cells) loses the 4 champion cells.
	const short = ruleCoverage(segmentPresets.short, 5);
	const shortCases = [
		{ key: 'champions', wins: 20 },
		{ key: 'loyal', wins: 25 },
		{ key: 'promising', wins: 20 },
		{ key: 'needAttention', wins: 10 },
		{ key: 'atRisk', wins: 30 },
		{ key: 'hibernating', wins: 20 }
	];
	it.each(shortCases)('short preset $key wins $wins cells', ({ key, wins }) => {
		expect(short.rules.find((r) => r.key === key)?.wins).toBe(wins);
	});

	const tiling = [
		{ name: 'rfGrid', rules: segmentPresets.rfGrid },
		{ name: 'short', rules: segmentPresets.short }
	];
	it.each(tiling)('$name covers every cell and shadows no rule fully', ({ rules }) => {
		const c = ruleCoverage(rules, 5);
		expect(c.unmatchedCells).toEqual([]);
		expect(c.rules.some((r) => r.shadowed === 'fully')).toBe(false);
	});

	it('finds a rule fully shadowed by an earlier catch-all', () => {
		const rules: SegmentRule[] = [
			{ key: 'everyone', r: [1, 5], f: [1, 5], m: [1, 5] },
			{ key: 'champions', r: [5, 5], f: [5, 5], m: [5, 5] }
		];
		const c = ruleCoverage(rules, 5);
		expect(c.rules[1]).toMatchObject({ cells: 1, wins: 0, shadowed: 'fully' });
		expect(c.issues).toContainEqual({ code: 'rule_shadowed', params: { segment: 'champions' } });
	});

	it('flags 5-point rules used with 3 bins', () => {
		const c = ruleCoverage(segmentPresets.rfGrid, 3);
		// hibernating R1–2 F1–2 (M 1–5 reads as any) fits; cantLose needs F5 → out of scale, no cells.
		expect(c.rules[0].outOfScale).toBe(false);
		expect(c.rules[2]).toMatchObject({ key: 'cantLose', outOfScale: true, cells: 0 });
	});

	it('counts customers in others and empty segments from an assignment', () => {
		const scores = {
			length: 3,
			bins: 5,
			r: Uint8Array.from([5, 2, 1]),
			f: Uint8Array.from([5, 1, 1]),
			m: Uint8Array.from([5, 5, 1])
		};
		const assignment = assignSegments(scores, segmentPresets.rfmVignette);
		const c = ruleCoverage(segmentPresets.rfmVignette, 5, { assignment });
		// champions (5,5,5), others (2,1,5), lost (1,1,1); the other 8 segments are empty.
		expect(c.unmatchedCustomers).toBe(1);
		expect(c.emptySegments).toEqual([
			'potentialLoyalist',
			'loyal',
			'promising',
			'newCustomers',
			'cantLose',
			'atRisk',
			'needAttention',
			'aboutToSleep'
		]);
	});

	it('works on R × F only when M is unavailable', () => {
		const c = ruleCoverage(segmentPresets.rfmVignette, 5, { withMonetary: false });
		expect(c.totalCells).toBe(25);
		// (2,1) is About To Sleep once M is ignored, so it is no longer unmatched.
		expect(c.unmatchedCells).not.toContainEqual([2, 1, 0]);
	});
});
