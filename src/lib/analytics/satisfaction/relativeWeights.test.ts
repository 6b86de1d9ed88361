import { describe, expect, it } from 'vitest';
import { relativeWeights } from './relativeWeights';

describe('relativeWeights', () => {
	// ρ = 0.6, r = (.5, .3). R^½ = [[a,b],[b,a]] with a = (√1.6 + √.4)/2 = 3/√10, b = 1/√10;
	// R^−½ = [[1.185854, −.395285], [−.395285, 1.185854]] → β* = (.474342, .158114), β*² = (.225, .025);
	// ε1 = .9 × .225 + .1 × .025 = .205, ε2 = .1 × .225 + .9 × .025 = .045; R² = (.25 + .09 − .18)/.64 = .25.
	// Uncorrelated predictors: ε_j = r_j². Equal validities r and correlation ρ: ε = r²/(1 + ρ) each.
	const cases = [
		{
			name: 'ρ = .6, r = (.5, .3)',
			rxx: [
				[1, 0.6],
				[0.6, 1]
			],
			rxy: [0.5, 0.3],
			raw: [0.205, 0.045],
			r2: 0.25
		},
		{
			name: 'uncorrelated',
			rxx: [
				[1, 0, 0],
				[0, 1, 0],
				[0, 0, 1]
			],
			rxy: [0.5, -0.3, 0.1],
			raw: [0.25, 0.09, 0.01],
			r2: 0.35
		},
		{
			name: 'symmetric pair',
			rxx: [
				[1, 0.5],
				[0.5, 1]
			],
			rxy: [0.6, 0.6],
			raw: [0.24, 0.24],
			r2: 0.48
		},
		{ name: 'one predictor', rxx: [[1]], rxy: [0.7], raw: [0.49], r2: 0.49 }
	];
	it.each(cases)('$name', ({ rxx, rxy, raw, r2 }) => {
		const w = relativeWeights(rxx, rxy)!;
		w.raw.forEach((e, j) => expect(e).toBeCloseTo(raw[j], 10));
		expect(w.r2).toBeCloseTo(r2, 10);
	});
	it('collinear predictors → null', () => {
		expect(
			relativeWeights(
				[
					[1, 1],
					[1, 1]
				],
				[0.5, 0.5]
			)
		).toBeNull();
	});
	it('weights add up to the regression R² = r′R⁻¹r for three correlated predictors', () => {
		// Independent route: β = R⁻¹r by Cramer's rule, then R² = r′β.
		const R = [
			[1, 0.5, 0.3],
			[0.5, 1, 0.2],
			[0.3, 0.2, 1]
		];
		const r = [0.6, 0.5, 0.4];
		const det = (m: number[][]) =>
			m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
			m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
			m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
		const d = det(R);
		const beta = [0, 1, 2].map(
			(j) => det(R.map((row, i) => row.map((v, c) => (c === j ? r[i] : v)))) / d
		);
		const w = relativeWeights(R, r)!;
		expect(w.r2).toBeCloseTo(beta[0] * r[0] + beta[1] * r[1] + beta[2] * r[2], 10);
		expect(w.raw.every((e) => e > 0)).toBe(true);
	});
});
