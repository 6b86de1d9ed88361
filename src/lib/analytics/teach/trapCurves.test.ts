import { describe, expect, it } from 'vitest';
import { basicLoyalty, concaveShape, convexShape, latentLoyalty, trapCurves } from './trapCurves';
import { TeachError } from './teachIssue';

// k = ln 4 makes the shapes easy by hand: e^(−k/2) = 1/2, e^(−k) = 1/4, e^(k/2) = 2, e^k = 4.
const LN4 = Math.log(4);

describe('trapCurves', () => {
	const shapes = [
		// (1 − 1/2) / (1 − 1/4) = 2/3; (2 − 1) / (4 − 1) = 1/3.
		{ s: 0.5, k: LN4, concave: 2 / 3, convex: 1 / 3 },
		// Straight line at k = 0.
		{ s: 0.3, k: 0, concave: 0.3, convex: 0.3 },
		// Ends are pinned whatever k.
		{ s: 0, k: 5, concave: 0, convex: 0 },
		{ s: 1, k: 5, concave: 1, convex: 1 }
	];
	it.each(shapes)('shapes at s = $s, k = $k', ({ s, k, concave, convex }) => {
		expect(concaveShape(s, k)).toBeCloseTo(concave, 12);
		expect(convexShape(s, k)).toBeCloseTo(convex, 12);
	});

	const o = { averageLoyalty: 60, basicCurvature: LN4, latentCurvature: LN4 };
	const curves = [
		// Basic: 60 × 2/3 = 40. Latent: 60 + 40 × 1/3 = 73.33.
		{ s: 0.5, basic: 40, latent: 60 + 40 / 3 },
		// Basic tops out at average loyalty, latent at 100.
		{ s: 1, basic: 60, latent: 100 },
		{ s: 0, basic: 0, latent: 60 }
	];
	it.each(curves)('loyalty at s = $s', ({ s, basic, latent }) => {
		expect(basicLoyalty(s, o)).toBeCloseTo(basic, 10);
		expect(latentLoyalty(s, o)).toBeCloseTo(latent, 10);
	});

	it('the last tenth of satisfaction buys little basic loyalty and much latent loyalty', () => {
		const r = trapCurves({ averageLoyalty: 60, basicCurvature: 4, latentCurvature: 4 }, 11);
		expect(r.s).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
		// Basic: 60 (1 − e^−3.6 − (1 − e^−4)) / (1 − e^−4) = 60 (0.027324 − 0.018316) / 0.981684 = 0.5506.
		expect(r.lastTenthGain.basic).toBeCloseTo(0.5506, 3);
		// Latent: 40 (e^4 − e^3.6) / (e^4 − 1) = 40 (54.59815 − 36.59823) / 53.59815 = 13.4329.
		expect(r.lastTenthGain.latent).toBeCloseTo(13.4329, 3);
	});

	it.each([
		{ name: 'negative curvature', o: { ...o, basicCurvature: -1 } },
		{ name: 'average above 100', o: { ...o, averageLoyalty: 120 } }
	])('refuses $name', ({ o: bad }) => {
		expect(() => trapCurves(bad)).toThrow(TeachError);
	});
});
