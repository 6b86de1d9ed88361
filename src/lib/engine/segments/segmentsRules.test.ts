import { describe, expect, it } from 'vitest';
import { firstMatch } from '../../analytics/rfm/assignSegments';
import { ruleCoverage } from '../../analytics/rfm/ruleCoverage';
import { segmentPresets } from '../../analytics/rfm/segmentPresets';
import { fivePointScore, presetRules, rescaleRules } from './segmentsRules';

describe('fivePointScore', () => {
	// p(s) = 1 + (s − 1)·4/(bins − 1), rounded half up: bins 3 → 1, 3, 5; bins 4 → 1, 2.33, 3.67, 5;
	// bins 9 → 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5.
	const cases = [
		{ bins: 3, expected: [1, 3, 5] },
		{ bins: 4, expected: [1, 2, 4, 5] },
		{ bins: 5, expected: [1, 2, 3, 4, 5] },
		{ bins: 9, expected: [1, 2, 2, 3, 3, 4, 4, 5, 5] }
	];
	it.each(cases)('bins $bins', ({ bins, expected }) => {
		expect(Array.from({ length: bins }, (_, k) => fivePointScore(k + 1, bins))).toEqual(expected);
	});
});

describe('rescaleRules', () => {
	it('keeps the 1–5 presets as they are', () => {
		expect(presetRules('rfmVignette', 5).rules).toEqual(segmentPresets.rfmVignette);
	});

	it('maps the R × F grid to 3 bins by hand (R4-only "promising" has no score left)', () => {
		// Scores 1, 2, 3 stand for 1, 3, 5: R1–2 → 1, R3 → 2, R4–5 → 3 (R4 alone → none).
		const { rules, dropped } = presetRules('rfGrid', 3);
		expect(dropped).toEqual(['promising']);
		const any: [number, number] = [1, 3];
		expect(rules).toEqual([
			{ key: 'hibernating', r: [1, 1], f: [1, 1], m: any },
			{ key: 'atRisk', r: [1, 1], f: [2, 2], m: any },
			{ key: 'cantLose', r: [1, 1], f: [3, 3], m: any },
			{ key: 'aboutToSleep', r: [2, 2], f: [1, 1], m: any },
			{ key: 'needAttention', r: [2, 2], f: [2, 2], m: any },
			{ key: 'loyal', r: [2, 2], f: [3, 3], m: any },
			{ key: 'newCustomers', r: [3, 3], f: [1, 1], m: any },
			{ key: 'potentialLoyalist', r: [3, 3], f: [2, 2], m: any },
			{ key: 'champions', r: [3, 3], f: [3, 3], m: any }
		]);
	});

	// Every score cell on the new scale gets the segment its 1–5 reading gets from the preset, so
	// a tiling stays a tiling and first-match-wins overlaps resolve the same way.
	const scales = [3, 4, 6, 7, 9].flatMap((bins) =>
		(['rfmVignette', 'rfGrid', 'short'] as const).map((preset) => ({ preset, bins }))
	);
	it.each(scales)('$preset on $bins bins reads like its 1–5 original', ({ preset, bins }) => {
		const five = segmentPresets[preset];
		const { rules } = presetRules(preset, bins);
		const keyOf = (rs: typeof rules, k: number) => (k < 0 ? 'others' : rs[k].key);
		for (let r = 1; r <= bins; r++)
			for (let f = 1; f <= bins; f++)
				for (let m = 1; m <= bins; m++) {
					const p = (s: number) => fivePointScore(s, bins);
					expect(keyOf(rules, firstMatch(rules, r, f, m))).toBe(
						keyOf(five, firstMatch(five, p(r), p(f), p(m)))
					);
				}
	});

	it('the R × F grid on 4 bins still covers every cell', () => {
		const c = ruleCoverage(presetRules('rfGrid', 4).rules, 4, { withMonetary: false });
		expect(c.unmatchedCells).toEqual([]);
	});

	it('does not change the rules it is given', () => {
		const before = structuredClone(segmentPresets.short);
		rescaleRules(segmentPresets.short, 3);
		expect(segmentPresets.short).toEqual(before);
	});
});
