import { describe, expect, it } from 'vitest';
import { ipaQuadrants, type IpaQuadrant } from './ipaQuadrants';

describe('ipaQuadrants', () => {
	// Means: importance (.4 + .3 + .1 + .2)/4 = .25, performance (5 + 8 + 4 + 9)/4 = 6.5.
	const importance = [0.4, 0.3, 0.1, 0.2];
	const performance = [5, 8, 4, 9];
	const expected: [number, IpaQuadrant][] = [
		[0, 'concentrate_here'], // important, below-mean performance
		[1, 'keep_up_good_work'],
		[2, 'low_priority'],
		[3, 'possible_overkill']
	];
	const split = ipaQuadrants(importance, performance);
	it.each(expected)('driver %i → %s', (j, q) => {
		expect(split.quadrants[j]).toBe(q);
	});
	it('reports the split and puts a driver exactly on both means in keep up the good work', () => {
		expect(split.importanceMean).toBeCloseTo(0.25, 12);
		expect(split.performanceMean).toBe(6.5);
		// Means .25 and 6; the middle driver sits on both lines.
		expect(ipaQuadrants([0.1, 0.25, 0.4], [4, 6, 8]).quadrants[1]).toBe('keep_up_good_work');
	});
});
