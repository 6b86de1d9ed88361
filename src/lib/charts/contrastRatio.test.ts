import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb, relativeLuminance } from './contrastRatio';

// Reference ratios as published by WebAIM's contrast checker and the WCAG techniques (G18):
// #767676 is the lightest grey with 4.5:1 on white, #959595 the lightest with 3:1.
describe('contrastRatio', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54],
		['#959595', '#ffffff', 3.0],
		['#777777', '#ffffff', 4.48],
		['#0072B2', '#ffffff', 5.19],
		['#E69F00', '#ffffff', 2.25],
		['#F0E442', '#ffffff', 1.32]
	])('%s on %s is %s:1', (a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
		expect(contrastRatio(b, a)).toBe(contrastRatio(a, b));
	});

	it('reads short and long hex, and refuses anything else', () => {
		expect(hexToRgb('#fff')).toEqual([255, 255, 255]);
		expect(hexToRgb('0072b2')).toEqual([0, 114, 178]);
		expect(relativeLuminance('#ffffff')).toBe(1);
		expect(() => hexToRgb('rgb(0,0,0)')).toThrow(/not a hex colour/);
	});
});
