import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrastRatio';
import { CATEGORICAL } from './palette';
import { textOn } from './textOn';

describe('textOn', () => {
	it.each([
		['#000000', '#ffffff'],
		['#0072B2', '#ffffff'],
		['#C28133', '#1d2433'],
		['#D55E00', '#000000'],
		['#f7fbff', '#1d2433'],
		['not a colour', '#1d2433']
	])('on %s writes %s', (fill, text) => {
		expect(textOn(fill)).toBe(text);
	});

	// Labels on treemap tiles and pyramid tiers: at least 4.5:1 (WCAG AA for text) on every
	// palette colour.
	it.each(CATEGORICAL)('text on %s reads at 4.5:1 or more', (fill) => {
		expect(contrastRatio(textOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
	});
});
