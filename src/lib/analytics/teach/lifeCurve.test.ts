import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EXITS,
	DEFAULT_STAGE_LENGTHS as L,
	EXIT_PATTERN_NAMES,
	exitPatternAt,
	exitRange,
	lifeCurve,
	spendAt,
	stageAt
} from './lifeCurve';
import { TeachError } from './teachIssue';

// Default stages: exploration 0–3, formation 4–11, stability 12–31, decline 32–39 (end 40).
describe('lifeCurve', () => {
	const spend = [
		// Exploration: 10 + 10 t / 4.
		{ t: 0, stage: 'exploration', spend: 10 },
		{ t: 2, stage: 'exploration', spend: 15 },
		// Formation: 20 + 80 u²(3 − 2u), u = (t − 4) / 8; t = 8 → u = 0.5 → 20 + 80 × 0.5 = 60.
		{ t: 4, stage: 'formation', spend: 20 },
		{ t: 8, stage: 'formation', spend: 60 },
		// u = 0.75 → 0.5625 × 1.5 = 0.84375 → 20 + 67.5 = 87.5.
		{ t: 10, stage: 'formation', spend: 87.5 },
		{ t: 12, stage: 'stability', spend: 100 },
		{ t: 31, stage: 'stability', spend: 100 },
		// Decline: 100 − 70 (t − 32 + 1) / 8; t = 35 → 100 − 35 = 65; last period 39 → 30.
		{ t: 35, stage: 'decline', spend: 65 },
		{ t: 39, stage: 'decline', spend: 30 }
	];
	it.each(spend)('period $t is $stage with spend $spend', ({ t, stage, spend: v }) => {
		expect(stageAt(t, L)).toBe(stage);
		expect(spendAt(t, L)).toBeCloseTo(v, 10);
	});

	const patterns = [
		// Last purchase in exploration (period 3) → I; in formation (4 or 11) → II.
		{ exit: 4, pattern: 'I' },
		{ exit: 5, pattern: 'II' },
		{ exit: 12, pattern: 'II' },
		// First half of stability is periods 12–21 (ceil(20 / 2) = 10 periods) → III; later → IV.
		{ exit: 13, pattern: 'III' },
		{ exit: 22, pattern: 'III' },
		{ exit: 23, pattern: 'IV' },
		{ exit: 40, pattern: 'IV' }
	];
	it.each(patterns)('staying $exit periods is pattern $pattern', ({ exit, pattern }) => {
		expect(exitPatternAt(exit, L)).toBe(pattern);
	});

	it.each(EXIT_PATTERN_NAMES.map((p) => ({ p })))(
		'the slider range of $p stays in $p, as does its default',
		({ p }) => {
			const [lo, hi] = exitRange(p, L);
			expect(exitPatternAt(lo, L)).toBe(p);
			expect(exitPatternAt(hi, L)).toBe(p);
			expect(DEFAULT_EXITS[p]).toBeGreaterThanOrEqual(lo);
			expect(DEFAULT_EXITS[p]).toBeLessThanOrEqual(hi);
		}
	);

	it('a curve stops at the exit and sums what was bought', () => {
		// Pattern I leaving after 3 periods: 10 + 12.5 + 15 = 37.5.
		const one = lifeCurve(3);
		expect(one.pattern).toBe('I');
		expect(one.spend.slice(0, 4)).toEqual([10, 12.5, 15, 0]);
		expect(one.total).toBeCloseTo(37.5, 10);
		expect(one.spend).toHaveLength(41);
		// Pattern IV staying to the end is worth far more than pattern III.
		expect(lifeCurve(40).total).toBeGreaterThan(2 * lifeCurve(16).total);
	});

	it.each([
		{ name: 'exit 0', run: () => lifeCurve(0) },
		{ name: 'exit past the end', run: () => lifeCurve(41) },
		{ name: 'an empty stage', run: () => lifeCurve(3, { ...L, formation: 0 }) }
	])('refuses $name', ({ run }) => {
		expect(run).toThrow(TeachError);
	});
});
