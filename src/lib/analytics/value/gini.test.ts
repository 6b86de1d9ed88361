import { describe, expect, it } from 'vitest';
import { gini } from './gini';

describe('gini', () => {
	// Checked against the pair formula Σ|xi − xj| / (2 n² mean):
	// [1,2,3,4]: Σ|d| = 2(1+2+3+1+2+1) = 20, 2·16·2.5 = 80 → 0.25.
	// [0,0,0,10]: Σ|d| = 2·3·10 = 60 → 60 / 80 = 0.75.
	// [0,10,…,80,640]: Σ i·x(i) = 8800 → 2·8800 / (10·1000) − 11/10 = 0.66.
	const cases = [
		{ values: [1, 2, 3, 4], expected: 0.25 },
		{ values: [0, 10, 0, 0], expected: 0.75 },
		{ values: [5, 5, 5], expected: 0 },
		{ values: [7], expected: 0 },
		{ values: [30, 640, 0, 80, 10, 60, 20, 50, 70, 40], expected: 0.66 }
	];
	it.each(cases)('$values → $expected', ({ values, expected }) => {
		expect(gini(values).gini).toBeCloseTo(expected, 12);
	});
	const degenerate = [
		{ values: [], code: 'no_customers' },
		{ values: [0, 0], code: 'non_positive_total' },
		{ values: [-1, 5], code: 'negative_values' }
	];
	it.each(degenerate)('$values → null with $code', ({ values, code }) => {
		const g = gini(values);
		expect(g.gini).toBeNull();
		expect(g.issue?.code).toBe(code);
	});
});
