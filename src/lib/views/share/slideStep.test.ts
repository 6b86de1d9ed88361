import { describe, expect, it } from 'vitest';
import { slideStep } from './slideStep';

describe('slideStep', () => {
	const cases: [string, number, number, number | null][] = [
		['ArrowRight', 0, 5, 1],
		['ArrowDown', 3, 5, 4],
		['PageDown', 4, 5, 4],
		[' ', 1, 5, 2],
		['ArrowLeft', 2, 5, 1],
		['PageUp', 0, 5, 0],
		['ArrowUp', 1, 5, 0],
		['Home', 3, 5, 0],
		['End', 0, 5, 4],
		['Escape', 2, 5, null],
		['a', 2, 5, null],
		['ArrowRight', 0, 0, null]
	];
	for (const [key, index, total, expected] of cases)
		it(`${JSON.stringify(key)} on ${index} of ${total} → ${expected}`, () => {
			expect(slideStep(key, index, total)).toBe(expected);
		});
});
