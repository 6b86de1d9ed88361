// A Kaplan–Meier curve as a step line: survival holds its value until the next event time, so
// each point becomes a horizontal then a vertical segment. The band steps the same way.
import type { KaplanMeierCurve } from '$lib/analytics/lifecycle';

export interface KmSteps {
	points: { x: number; y: number }[];
	band: { x: number; lo: number; hi: number }[];
}

export function kmSteps(curve: KaplanMeierCurve): KmSteps {
	const points = [{ x: 0, y: 1 }];
	const band = [{ x: 0, lo: 1, hi: 1 }];
	let prev = { y: 1, lo: 1, hi: 1 };
	for (const p of curve.points) {
		// Greenwood's band is undefined once survival hits 0; the band closes on the line there.
		const lo = p.lower ?? p.survival;
		const hi = p.upper ?? p.survival;
		if (p.time > 0) {
			points.push({ x: p.time, y: prev.y });
			band.push({ x: p.time, lo: prev.lo, hi: prev.hi });
		}
		points.push({ x: p.time, y: p.survival });
		band.push({ x: p.time, lo, hi });
		prev = { y: p.survival, lo, hi };
	}
	return { points, band };
}

/** Survival at time t read off the step curve (1 before the first event). */
export function survivalAt(curve: KaplanMeierCurve, t: number): number {
	let s = 1;
	for (const p of curve.points) {
		if (p.time > t) break;
		s = p.survival;
	}
	return s;
}
