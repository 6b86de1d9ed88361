// How a colour looks with a colour-vision deficiency, and how far apart two colours look: for
// checking that the palette stays distinguishable (palette.test.ts). Simulation: Machado,
// Oliveira & Fernandes (2009), severity 1.0 matrices, applied to linear sRGB; distance: CIELAB
// ΔE*ab (CIE 1976) under D65.
import { hexToRgb, linearChannel } from './contrastRatio';

export type Vision = 'normal' | 'deuteranopia' | 'protanopia' | 'tritanopia';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

/** Machado et al. 2009, Table 1, severity 1.0 (linear RGB → linear RGB). */
export const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** Linear sRGB (0–1 each) of `hex` as seen with `vision`. */
export function simulate(hex: string, vision: Vision): [number, number, number] {
	const v = hexToRgb(hex).map(linearChannel) as [number, number, number];
	if (vision === 'normal') return v;
	const m = MACHADO[vision];
	const row = (r: readonly number[]) =>
		Math.min(1, Math.max(0, r[0] * v[0] + r[1] * v[1] + r[2] * v[2]));
	return [row(m[0]), row(m[1]), row(m[2])];
}

/** CIELAB (D65) of a linear sRGB colour. */
export function linearToLab([r, g, b]: readonly number[]): [number, number, number] {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** ΔE*ab between two colours as seen with `vision`. */
export function distance(a: string, b: string, vision: Vision): number {
	const la = linearToLab(simulate(a, vision));
	const lb = linearToLab(simulate(b, vision));
	return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/** The closest pair of a palette as seen with `vision`. */
export function closestPair(
	colours: readonly string[],
	vision: Vision
): { a: string; b: string; distance: number } {
	let best = { a: '', b: '', distance: Infinity };
	for (let i = 0; i < colours.length; i++)
		for (let j = i + 1; j < colours.length; j++) {
			const d = distance(colours[i], colours[j], vision);
			if (d < best.distance) best = { a: colours[i], b: colours[j], distance: d };
		}
	return best;
}
