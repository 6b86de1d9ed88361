import { describe, expect, it } from 'vitest';
import { topValueShare } from './topValueShare';

// Total 1000; descending 640, 80, 70, 60, 50, 40, 30, 20, 10, 0.
const values = [30, 640, 0, 80, 10, 60, 20, 50, 70, 40];

describe('topValueShare', () => {
	const cases = [
		{ share: 0.2, customers: 2, valueShare: 0.72 }, // 640 + 80
		{ share: 0.05, customers: 1, valueShare: 0.64 }, // ceil(0.5) = 1 customer
		{ share: 0.5, customers: 5, valueShare: 0.9 }, // + 70 + 60 + 50
		{ share: 1, customers: 10, valueShare: 1 },
		{ share: 0, customers: 0, valueShare: 0 }
	];
	it.each(cases)('top $share', ({ share, customers, valueShare }) => {
		const r = topValueShare(values, share);
		expect(r.customers).toBe(customers);
		expect(r.valueShare).toBeCloseTo(valueShare, 12);
	});
	it('has no share when total value is not positive', () => {
		expect(topValueShare([0, 0], 0.5).valueShare).toBeNull();
	});
});
