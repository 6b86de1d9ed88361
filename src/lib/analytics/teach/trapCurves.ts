// Stylised satisfaction-trap curves 客户满意陷阱 on a 0–100 loyalty scale over satisfaction s in
// [0, 1]. Basic expectations: concave, rising from 0 and flattening at average loyalty.
// Latent expectations: convex, rising from average loyalty towards 100 with increasing returns.
// Curvature k = 0 gives a straight line; larger k bends more.
import { requireAtLeast } from './teachIssue';

export interface TrapCurveOptions {
	/** Average loyalty, 0–100: the plateau of the basic curve and the start of the latent one. */
	averageLoyalty: number;
	basicCurvature: number;
	latentCurvature: number;
}

/** Concave 0 → 1 on [0, 1]: (1 − e^(−ks)) / (1 − e^(−k)). */
export function concaveShape(s: number, k: number): number {
	return k < 1e-9 ? s : -Math.expm1(-k * s) / -Math.expm1(-k);
}

/** Convex 0 → 1 on [0, 1]: (e^(ks) − 1) / (e^k − 1). */
export function convexShape(s: number, k: number): number {
	return k < 1e-9 ? s : Math.expm1(k * s) / Math.expm1(k);
}

export function basicLoyalty(s: number, o: TrapCurveOptions): number {
	return o.averageLoyalty * concaveShape(s, o.basicCurvature);
}

export function latentLoyalty(s: number, o: TrapCurveOptions): number {
	return o.averageLoyalty + (100 - o.averageLoyalty) * convexShape(s, o.latentCurvature);
}

export interface TrapCurves {
	/** Satisfaction 0..1 at `points` evenly spaced steps. */
	s: number[];
	basic: number[];
	latent: number[];
	/** Loyalty bought by the last tenth of satisfaction (0.9 → 1) on each curve. */
	lastTenthGain: { basic: number; latent: number };
}

export function trapCurves(o: TrapCurveOptions, points = 51): TrapCurves {
	requireAtLeast('averageLoyalty', o.averageLoyalty, 0, 100);
	requireAtLeast('basicCurvature', o.basicCurvature, 0);
	requireAtLeast('latentCurvature', o.latentCurvature, 0);
	requireAtLeast('points', points, 2);
	const s = Array.from({ length: points }, (_, i) => i / (points - 1));
	return {
		s,
		basic: s.map((v) => basicLoyalty(v, o)),
		latent: s.map((v) => latentLoyalty(v, o)),
		lastTenthGain: {
			basic: basicLoyalty(1, o) - basicLoyalty(0.9, o),
			latent: latentLoyalty(1, o) - latentLoyalty(0.9, o)
		}
	};
}
