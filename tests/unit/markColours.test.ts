// The views' own mark colours (value tiers, "others", lifecycle stages and exit patterns) keep
// 3:1 against the card and the page, like the palette (src/lib/charts/palette.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/charts/contrastRatio';
import { PATTERN_COLORS, STAGE_COLORS } from '../../src/lib/views/lifecycle/stageStyle';
import { OTHERS_COLOR, TIER_COLORS } from '../../src/lib/views/segments/segmentsText';

const css = readFileSync('src/app.css', 'utf8');
const cssVar = (name: string) => {
	const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})`).exec(css);
	if (!m) throw new Error(`--${name} not in app.css`);
	return m[1];
};
const BACKGROUNDS = { card: cssVar('card'), page: cssVar('bg') };

const MARKS: [string, readonly string[]][] = [
	['value tiers', TIER_COLORS],
	['others / new customers', [OTHERS_COLOR]],
	['lifecycle stages', Object.values(STAGE_COLORS)],
	['exit patterns', Object.values(PATTERN_COLORS)]
];

describe('view mark colours keep 3:1 against the chart background', () => {
	for (const [bgName, bg] of Object.entries(BACKGROUNDS))
		it.each(MARKS)(`%s on the ${bgName}`, (_name, colours) => {
			const low = colours
				.map((c) => ({ c, ratio: contrastRatio(c, bg) }))
				.filter((x) => x.ratio < 3)
				.map((x) => `${x.c} ${x.ratio.toFixed(2)}:1`);
			expect(low).toEqual([]);
		});
});
