import { describe, expect, it } from 'vitest';
import { nearestName } from './nearestName';

const OPTIONS = ['as-of', 'calibration-end', 'memory-mb', 'unit', 'out', 'what', 'verbose'];

describe('nearestName', () => {
	it.each([
		['as-off', 'as-of'],
		['asof', 'as-of'],
		['calibraton-end', 'calibration-end'],
		['calib', 'calibration-end'],
		['memory', 'memory-mb'],
		['memroy-mb', 'memory-mb'],
		['untis', 'unit'],
		['verbos', 'verbose'],
		['WHAT', 'what'],
		['zebra-crossing', null],
		['x', null]
	])('%s → %s', (typed, want) => {
		expect(nearestName(typed, OPTIONS)).toBe(want);
	});
});
