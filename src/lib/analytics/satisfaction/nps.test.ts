import { describe, expect, it } from 'vitest';
import { nps, type NpsResult } from './nps';
import { npsByGroup } from './npsByGroup';
import { isSatisfactionIssue } from './satisfactionIssue';
import type { Scale } from './detectScale';

const f = (xs: number[]) => Float64Array.from(xs);
const ZERO_TEN: Scale = [0, 10];

function ok(r: ReturnType<typeof nps>): NpsResult {
	if (isSatisfactionIssue(r)) throw new Error(`unexpected issue ${r.code}`);
	return r;
}

describe('nps', () => {
	// Hand counts: 9–10 promoters, 7–8 passives, 0–6 detractors. Case "5/3/2 of 10": p = .5, d = .2,
	// NPS 30; Var = (.7 − .3²)/10 = .061, se = 24.698 points, half-width 1.96 × 24.698 = 48.408.
	const cases = [
		{
			name: '5/3/2 of 10',
			values: [10, 10, 9, 9, 9, 8, 7, 7, 6, 0],
			counts: [5, 3, 2],
			score: 30,
			half: 48.4075
		},
		{ name: 'all passives', values: [7, 8, 7], counts: [0, 3, 0], score: 0, half: 0 },
		{ name: 'all promoters', values: [9, 10], counts: [2, 0, 0], score: 100, half: 0 },
		{ name: 'all detractors', values: [0, 6, 3, 5], counts: [0, 0, 4], score: -100, half: 0 },
		// 1 promoter, 1 detractor of 2: NPS 0, Var = (1 − 0)/2, se = 70.71, half 138.6 → clamped.
		{ name: 'one each', values: [10, 0], counts: [1, 0, 1], score: 0, half: 138.59 },
		// Boundaries: 6 is a detractor, 7 a passive, 8 passive, 9 promoter.
		{
			name: 'boundaries',
			values: [6, 7, 8, 9],
			counts: [1, 2, 1],
			score: 0,
			half: 1.959964 * 100 * Math.sqrt(0.5 / 4)
		}
	];
	it.each(cases)('$name', ({ values, counts, score, half }) => {
		const r = ok(nps(f(values), ZERO_TEN));
		expect([r.promoters, r.passives, r.detractors]).toEqual(counts);
		expect(r.n).toBe(values.length);
		expect(r.score).toBeCloseTo(score, 10);
		expect(r.ci95[0]).toBeCloseTo(Math.max(-100, score - half), 3);
		expect(r.ci95[1]).toBeCloseTo(Math.min(100, score + half), 3);
	});

	it('shares add to one and blanks or off-scale answers are not counted', () => {
		const r = ok(nps(f([10, NaN, 7, 3, 7.5, 11]), ZERO_TEN));
		expect([r.n, r.invalid]).toEqual([3, 2]);
		expect(r.shares.promoters + r.shares.passives + r.shares.detractors).toBeCloseTo(1, 12);
		expect(r.score).toBeCloseTo(0, 12);
	});

	const bad: { name: string; values: number[]; scale: Scale | null; code: string }[] = [
		{ name: 'empty', values: [], scale: ZERO_TEN, code: 'nps_empty' },
		{ name: 'all missing', values: [NaN, NaN], scale: null, code: 'nps_all_missing' },
		{ name: 'a 1–10 item', values: [1, 10, 9], scale: [1, 10], code: 'nps_wrong_scale' },
		{ name: 'a 1–5 item', values: [1, 5], scale: [1, 5], code: 'nps_wrong_scale' },
		{ name: 'unknown scale', values: [3, 200], scale: null, code: 'nps_wrong_scale' }
	];
	it.each(bad)('$name → $code', ({ values, scale, code }) => {
		const r = nps(f(values), scale);
		expect(isSatisfactionIssue(r) && r.code).toBe(code);
	});
});

describe('npsByGroup', () => {
	it('splits by label and skips respondents without a group', () => {
		// female: 10, 9, 3 → (2 − 1)/3 = 33.3; male: 7, 0 → (0 − 1)/2 = −50; the −1 row is ignored.
		const group = {
			codes: Int32Array.from([0, 0, 1, 0, 1, -1]),
			labels: ['female', 'male', 'other']
		};
		const r = npsByGroup(f([10, 9, 7, 3, 0, 10]), ZERO_TEN, group);
		expect(ok(r.female).score).toBeCloseTo(100 / 3, 10);
		expect(ok(r.male).score).toBeCloseTo(-50, 10);
		expect(isSatisfactionIssue(r.other) && r.other.code).toBe('nps_empty');
	});
});
