import { describe, expect, it } from 'vitest';
import { CUSTOMER_PATTERNS, exitPatternOf } from './exitPatternOf';

describe('exitPatternOf', () => {
	// furthest: 0 exploration, 1 formation, 2 stability; K = 6 periods for "late" stability.
	const cases = [
		{ churned: false, furthest: 2, stability: 20, pattern: 'active' },
		{ churned: false, furthest: 0, stability: 0, pattern: 'active' },
		{ churned: true, furthest: 0, stability: 0, pattern: 'I' },
		{ churned: true, furthest: 1, stability: 0, pattern: 'II' },
		{ churned: true, furthest: 2, stability: 1, pattern: 'III' },
		{ churned: true, furthest: 2, stability: 5, pattern: 'III' },
		{ churned: true, furthest: 2, stability: 6, pattern: 'IV' }
	];
	it.each(cases)(
		'churned $churned, furthest $furthest, $stability in stability → $pattern',
		(c) => {
			expect(CUSTOMER_PATTERNS[exitPatternOf(c.churned, c.furthest, c.stability, 6)]).toBe(
				c.pattern
			);
		}
	);
});
