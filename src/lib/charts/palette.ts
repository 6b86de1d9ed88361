import { interpolateBlues, interpolateViridis } from 'd3';

// One palette for every chart: the Okabe–Ito hues, the light ones darkened so that every mark
// keeps 3:1 against the card and the page (WCAG 2.x non-text contrast, 1.4.11): orange
// #E69F00 → #C28133, reddish purple #CC79A7 → #C475A4, sky blue #56B4E9 → #1E9AC9, yellow
// #F0E442 → olive #608E1E, grey #999999 → #918F8E. Chosen by a search that kept each hue near
// its original and maximised the smallest CIELAB distance between any two colours as seen with
// deuteranopia and protanopia (Machado et al. 2009): 9.1 against the original's 7.1 (deutan
// reddish purple vs grey). palette.test.ts checks both; the labels we always draw do the rest.
export const CATEGORICAL = [
	'#0072B2',
	'#C28133',
	'#009E73',
	'#C475A4',
	'#1E9AC9',
	'#D55E00',
	'#608E1E',
	'#918F8E',
	'#000000',
	'#8C6D31'
];

export function colorAt(i: number): string {
	return CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length];
}

/**
 * Sequential blues for heatmap tiles (light = low). Exempt from the 3:1 rule: every tile
 * prints its value, so the colour is a second cue, not the only one.
 */
export const SEQUENTIAL = [
	'#f7fbff',
	'#deebf7',
	'#c6dbef',
	'#9ecae1',
	'#6baed6',
	'#4292c6',
	'#2171b5',
	'#08519c',
	'#08306b'
];

/** Where the ordered ramps start and end: their light ends fall under 3:1 on the page. */
export const BLUE_RAMP: readonly [number, number] = [0.65, 1];
export const VIRIDIS_RAMP: readonly [number, number] = [0, 0.55];

/** An ordered series' colour (0 = first … 1 = last; cohorts: old dark, recent lighter). */
export function blueRamp(f: number): string {
	return interpolateBlues(BLUE_RAMP[0] + (BLUE_RAMP[1] - BLUE_RAMP[0]) * clamp01(f));
}

/** Viridis for ordered curves, without its yellow end (1.1:1 on white). */
export function viridisRamp(f: number): string {
	return interpolateViridis(VIRIDIS_RAMP[0] + (VIRIDIS_RAMP[1] - VIRIDIS_RAMP[0]) * clamp01(f));
}

function clamp01(f: number): number {
	return Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0;
}
