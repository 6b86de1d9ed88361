import { describe, expect, it } from 'vitest';
import {
	satisfactionLoyaltyCurve,
	type SatisfactionLoyaltyCurve
} from './satisfactionLoyaltyCurve';
import { satisfactionTrap } from './satisfactionTrap';
import { isSatisfactionIssue } from './satisfactionIssue';

function ok(r: ReturnType<typeof satisfactionLoyaltyCurve>): SatisfactionLoyaltyCurve {
	if (isSatisfactionIssue(r)) throw new Error(`unexpected issue ${r.code}`);
	return r;
}

/** Respondents at each satisfaction level, `counts[level]` of them, loyalty = g(level). */
function sample(counts: Record<number, number>, g: (x: number) => number) {
	const x: number[] = [];
	for (const [level, k] of Object.entries(counts)) for (let i = 0; i < k; i++) x.push(+level);
	return { s: Float64Array.from(x), l: Float64Array.from(x, g) };
}

// Basic-expectation curve of the textbook: rises, then flattens at 10: g(x) = 6 − 0.2 (10 − x)²
// = −14 + 4x − 0.2x², slope 4 − 0.4x.
const basic = (x: number) => 6 - 0.2 * (10 - x) ** 2;
const latent = (x: number) => 0.1 * x * x;
const MOSTLY_HIGH = { 5: 1, 6: 1, 7: 2, 8: 4, 9: 6, 10: 6 };
const MOSTLY_LOW = { 5: 6, 6: 6, 7: 4, 8: 2, 9: 1, 10: 1 };

describe('satisfactionLoyaltyCurve', () => {
	it('basic curve, mass at the top: coefficients, quantiles, slopes, average', () => {
		const { s, l } = sample(MOSTLY_HIGH, basic);
		const c = ok(satisfactionLoyaltyCurve(s, l));
		c.coefficients.forEach((b, k) => expect(b).toBeCloseTo([-14, 4, -0.2][k], 9));
		expect(c.curvature).toBe('diminishing');
		// 20 sorted values: h = 19p → p10 between x[1] = 6 and x[2] = 7 at .9 → 6.9; p50 at x[9.5] = 9;
		// p90 at x[17.1] = 10.
		expect(c.satisfactionQuantiles.p10).toBeCloseTo(6.9, 12);
		expect(c.satisfactionQuantiles.p50).toBe(9);
		expect(c.satisfactionQuantiles.p90).toBe(10);
		// Slopes 4 − 0.4 × 6.9 = 1.24 and 4 − 4 = 0.
		expect(c.marginal.low.slope).toBeCloseTo(1.24, 9);
		expect(c.marginal.high.slope).toBeCloseTo(0, 9);
		// Average loyalty (1 + 2.8 + 2×4.2 + 4×5.2 + 6×5.8 + 6×6) / 20 = 103.8 / 20 = 5.19.
		expect(c.averageLoyalty).toBeCloseTo(5.19, 12);
		expect(c.bins.map((b) => [b.level, b.n])).toEqual([
			[5, 1],
			[6, 1],
			[7, 2],
			[8, 4],
			[9, 6],
			[10, 6]
		]);
		expect(c.fitted[0]).toEqual({ x: 5, y: expect.closeTo(1, 9) });
		expect(c.fitted[20]).toEqual({ x: 10, y: expect.closeTo(6, 9) });
	});

	it('latent curve bends upward', () => {
		const { s, l } = sample(MOSTLY_HIGH, latent);
		const c = ok(satisfactionLoyaltyCurve(s, l));
		expect(c.curvature).toBe('increasing');
		c.coefficients.forEach((b, k) => expect(b).toBeCloseTo([0, 0, 0.1][k], 9));
	});

	it('a bend within the noise is linear', () => {
		// Same data as the "noisy" quadraticFit case: b2 = −1 with se √1.5 → |t| = 0.82 < 1.96.
		const c = ok(
			satisfactionLoyaltyCurve(Float64Array.of(0, 0, 1, 1, 2, 2), Float64Array.of(0, 2, 3, 5, 4, 6))
		);
		expect(c.curvature).toBe('linear');
		expect([
			c.marginal.low.at,
			c.marginal.low.slope,
			c.marginal.high.at,
			c.marginal.high.slope
		]).toEqual([0, 4, 2, 0].map((v) => expect.closeTo(v, 9)));
	});

	it('average loyalty only counts respondents with both scores', () => {
		const c = ok(
			satisfactionLoyaltyCurve(
				Float64Array.of(0, 1, 2, 3, NaN, 5),
				Float64Array.of(1, 2, 5, 10, 100, NaN)
			)
		);
		expect(c.n).toBe(4);
		expect(c.averageLoyalty).toBe(4.5);
	});

	it('too few levels → issue', () => {
		const r = satisfactionLoyaltyCurve(Float64Array.of(1, 1, 2, 2), Float64Array.of(1, 2, 3, 4));
		expect(isSatisfactionIssue(r) && r.code).toBe('too_few_levels');
	});
});

describe('satisfactionTrap', () => {
	const cases = [
		{
			// All four checks hold: gap at the top 6 − 5.19 = 0.81 ≤ 1, slope 0 ≤ ¼ × 1.24, median 9 ≥ 7.
			name: 'basic curve, most customers satisfied',
			counts: MOSTLY_HIGH,
			g: basic,
			verdict: 'trap',
			checks: { concave: true, satisfied: true, flattened: true, nearAverage: true }
		},
		{
			// Median 6 < 7; p10 = 5, p90 = x[17.1] = 8.1: slopes 2 and 0.76 > ¼ × 2 (not flat yet);
			// average loyalty (6×1 + 6×2.8 + 4×4.2 + 2×5.2 + 5.8 + 6)/20 = 3.09 vs fitted 5.278 at 8.1.
			name: 'basic curve, most customers not yet satisfied',
			counts: MOSTLY_LOW,
			g: basic,
			verdict: 'no_trap',
			checks: { concave: true, satisfied: false, flattened: false, nearAverage: false }
		},
		{
			// Convex: slope 0.2x grows (1.38 at 6.9 → 2 at 10); fitted 10 vs average 6.735 → gap 3.27.
			name: 'latent curve',
			counts: MOSTLY_HIGH,
			g: latent,
			verdict: 'no_trap',
			checks: { concave: false, satisfied: true, flattened: false, nearAverage: false }
		}
	];
	it.each(cases)('$name → $verdict', ({ counts, g, verdict, checks }) => {
		const { s, l } = sample(counts, g);
		const t = satisfactionTrap(ok(satisfactionLoyaltyCurve(s, l)));
		expect(t.verdict).toBe(verdict);
		expect(t.checks).toEqual(checks);
	});
	it('the gap is reported and the limits are editable', () => {
		const { s, l } = sample(MOSTLY_HIGH, basic);
		const c = ok(satisfactionLoyaltyCurve(s, l));
		expect(satisfactionTrap(c).gapAtHigh).toBeCloseTo(0.81, 9);
		expect(satisfactionTrap(c, { nearAverage: 0.8 }).verdict).toBe('no_trap');
		expect(satisfactionTrap(c, { highSatisfaction: 9.5 }).checks.satisfied).toBe(false);
	});
});
