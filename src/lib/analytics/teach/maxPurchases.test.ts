import { describe, expect, it } from 'vitest';
import { maxPurchases } from './maxPurchases';
import { buyerClv } from './buyerClv';

describe('maxPurchases', () => {
	// 2T/f by hand: 2·10000/3000 = 6.67 → 6; 2·9000/3000 = 6 exactly → 6.
	const cases = [
		{ first: 3000, total: 10000, cap: 15, expected: 6 },
		{ first: 3000, total: 9000, cap: 15, expected: 6 },
		{ first: 1000, total: 100000, cap: 15, expected: 15 },
		{ first: 5000, total: 1000, cap: 15, expected: 1 },
		{ first: 0, total: 1000, cap: 15, expected: 15 }
	];
	for (const c of cases)
		it(`first ${c.first}, total ${c.total} → at most ${c.expected}`, () => {
			const n = maxPurchases(c.first, c.total, c.cap);
			expect(n).toBe(c.expected);
			// The bound is tight: n computes, n + 1 (when under the cap and above 1) is refused.
			const plan = {
				age: 30,
				purchases: n,
				firstAmount: c.first,
				total: c.total,
				intervalYears: 2
			};
			if (c.total >= c.first / 2) expect(() => buyerClv(plan, 0.05)).not.toThrow();
			if (n < c.cap && c.first > 0 && n > 1)
				expect(() => buyerClv({ ...plan, purchases: n + 1 }, 0.05)).toThrow();
		});
});
