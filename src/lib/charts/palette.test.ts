// The palette's mark colours (bars, lines, points, tiles, areas) keep 3:1 against the card and
// the page (WCAG 2.x 1.4.11 non-text contrast), and the categorical palette stays
// distinguishable with deuteranopia and protanopia. The views' own mark colours:
// tests/unit/markColours.test.ts. Reference values of the original
// Okabe–Ito palette: scripts/palette/paletteReference.py.
import { readFileSync } from 'node:fs';
import { color } from 'd3';
import { describe, expect, it } from 'vitest';
import { closestPair, type Vision } from './colourVision';
import { contrastRatio } from './contrastRatio';
import { blueRamp, CATEGORICAL, viridisRamp } from './palette';

const css = readFileSync('src/app.css', 'utf8');
const cssVar = (name: string) => {
	const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})`).exec(css);
	if (!m) throw new Error(`--${name} not in app.css`);
	return m[1];
};
// Charts sit on cards; the page behind them is slightly darker, so both are checked.
const BACKGROUNDS = { card: cssVar('card'), page: cssVar('bg') };
const hex = (c: string) => color(c)?.formatHex() ?? c;
const steps = (f: (x: number) => string) => Array.from({ length: 11 }, (_, i) => hex(f(i / 10)));

const MARKS: [string, readonly string[]][] = [
	['categorical palette', CATEGORICAL],
	['app.css --c1…--c8', [1, 2, 3, 4, 5, 6, 7, 8].map((i) => cssVar(`c${i}`))],
	['cohort ramp (blues)', steps(blueRamp)],
	['ordered curves (viridis)', steps(viridisRamp)]
];

describe('mark colours keep 3:1 against the chart background', () => {
	for (const [bgName, bg] of Object.entries(BACKGROUNDS))
		it.each(MARKS)(`%s on the ${bgName}`, (_name, colours) => {
			const low = colours
				.map((c) => ({ c, ratio: contrastRatio(c, bg) }))
				.filter((x) => x.ratio < 3)
				.map((x) => `${x.c} ${x.ratio.toFixed(2)}:1`);
			expect(low).toEqual([]);
		});

	it('the check can fail: the original Okabe–Ito light hues are under 3:1', () => {
		for (const c of ['#E69F00', '#56B4E9', '#F0E442', '#999999'])
			expect(contrastRatio(c, BACKGROUNDS.card)).toBeLessThan(3);
	});
});

describe('the palette stays apart for colour-blind readers', () => {
	// The original Okabe–Ito palette's closest pair with deuteranopia (#CC79A7 vs #999999) is
	// ΔE 7.05; darkening must not make any pair closer than that, in any of these visions.
	const FLOOR = 7.05;
	it.each(['normal', 'deuteranopia', 'protanopia', 'tritanopia'] as Vision[])('%s', (vision) => {
		const p = closestPair(CATEGORICAL, vision);
		expect(p.distance, `${p.a} vs ${p.b}`).toBeGreaterThan(FLOOR);
	});

	it('no two palette entries repeat, and no hue was lost (ten colours)', () => {
		expect(new Set(CATEGORICAL.map((c) => c.toLowerCase())).size).toBe(10);
	});
});
