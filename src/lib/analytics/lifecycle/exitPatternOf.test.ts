import { describe, expect, it } from 'vitest';
import { CUSTOMER_PATTERNS, exitPatternOf } from './exitPatternOf';

describe('exitPatternOf', () => {
	// Default windows: exploration 3 periods, comparison window 3, K = 6 periods for "late"
	// stability. By time: tenure ≤ 3 → exploration; 4–6 → formation; from 7 on, tenure − 6
	// periods count as stability, so IV needs tenure ≥ 12 (or 6 stability periods by spend).
	// furthest: 0 exploration, 1 formation, 2 stability (the spend reading of the stage walk).
	const cases = [
		{ churned: false, furthest: 2, stability: 20, tenure: 30, pattern: 'active' },
		{ churned: false, furthest: 0, stability: 0, tenure: 1, pattern: 'active' },
		// Spend and time agree.
		{ churned: true, furthest: 0, stability: 0, tenure: 1, pattern: 'I' },
		{ churned: true, furthest: 0, stability: 0, tenure: 3, pattern: 'I' },
		{ churned: true, furthest: 1, stability: 0, tenure: 5, pattern: 'II' },
		{ churned: true, furthest: 2, stability: 1, tenure: 7, pattern: 'III' },
		{ churned: true, furthest: 2, stability: 5, tenure: 11, pattern: 'III' },
		{ churned: true, furthest: 2, stability: 6, tenure: 12, pattern: 'IV' },
		// Spend went further than time: a fast ramp or an early plateau counts.
		{ churned: true, furthest: 1, stability: 0, tenure: 3, pattern: 'II' },
		{ churned: true, furthest: 2, stability: 1, tenure: 5, pattern: 'III' },
		{ churned: true, furthest: 2, stability: 6, tenure: 9, pattern: 'IV' },
		// Time went further than spend: two sparse orders 4 periods apart left exploration (tenure
		// 4 > 3); lumpy spend never judged stable over 7 periods of buying is one period in
		// stability by time (7 − 6); 12 periods of buying are 6 in stability by time.
		{ churned: true, furthest: 0, stability: 0, tenure: 4, pattern: 'II' },
		{ churned: true, furthest: 0, stability: 0, tenure: 6, pattern: 'II' },
		{ churned: true, furthest: 1, stability: 0, tenure: 7, pattern: 'III' },
		{ churned: true, furthest: 2, stability: 2, tenure: 11, pattern: 'III' },
		{ churned: true, furthest: 1, stability: 0, tenure: 12, pattern: 'IV' },
		{ churned: true, furthest: 2, stability: 3, tenure: 24, pattern: 'IV' }
	];
	it.each(cases)(
		'churned $churned, furthest $furthest, $stability in stability, tenure $tenure → $pattern',
		(c) => {
			const code = exitPatternOf(c.churned, c.furthest, c.stability, c.tenure, 3, 3, 6);
			expect(CUSTOMER_PATTERNS[code]).toBe(c.pattern);
		}
	);
	it('the windows are the rules’: a longer exploration keeps a tenure of 4 in pattern I', () => {
		expect(CUSTOMER_PATTERNS[exitPatternOf(true, 0, 0, 4, 4, 3, 6)]).toBe('I');
		// Exploration 2, window 2: stability by time from tenure 5; K = 3 → IV at tenure 7.
		expect(CUSTOMER_PATTERNS[exitPatternOf(true, 0, 0, 6, 2, 2, 3)]).toBe('III');
		expect(CUSTOMER_PATTERNS[exitPatternOf(true, 0, 0, 7, 2, 2, 3)]).toBe('IV');
	});
});
