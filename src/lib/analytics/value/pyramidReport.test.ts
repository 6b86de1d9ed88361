import { describe, expect, it } from 'vitest';
import { ledgerFixture, tenCustomers } from '../rfm/ledgerFixture';
import { transactionsFromRows } from '../tableFromRows';
import { pyramidReport } from './pyramidReport';

describe('pyramidReport', () => {
	// Net revenue 1000, 600, 400, …, 20 (total 2740). Standard cuts on 10 customers give
	// 1 | 1 | 3 | 5: 1000 | 600 | 400+300+200 | 100+50+40+30+20; 10/20/30/40 gives
	// 1 | 2 | 3 | 4: 1000 | 600+400 | 300+200+100 | 50+40+30+20.
	const cases = [
		{ cuts: undefined, customers: [1, 1, 3, 5], value: [1000, 600, 900, 240] },
		{ cuts: 'broadTop' as const, customers: [2, 3, 3, 2], value: [1600, 900, 190, 50] },
		{ cuts: [10, 20, 30, 40], customers: [1, 2, 3, 4], value: [1000, 1000, 600, 140] }
	];
	it.each(cases)('cuts $cuts', ({ cuts, customers, value }) => {
		const r = pyramidReport(ledgerFixture(tenCustomers, '2024-12-31'), { cuts });
		expect(r.basis).toBe('revenue');
		expect(r.tiers.map((t) => t.customers)).toEqual(customers);
		r.tiers.forEach((t, k) => {
			expect(t.value).toBeCloseTo(value[k], 9);
			expect(t.valueShare).toBeCloseTo(value[k] / 2740, 12);
		});
	});
	it('ranks by margin when asked and cost exists', () => {
		const tx = transactionsFromRows([
			{ customerId: 'a', date: '2024-01-01', amount: 100, cost: 90 },
			{ customerId: 'b', date: '2024-01-02', amount: 50, cost: 10 }
		]);
		const r = pyramidReport(tx, { basis: 'margin', cuts: [50, 0, 0, 50] });
		// Margins a 10, b 40: b is platinum although a spent more.
		expect(r.basis).toBe('margin');
		expect(r.tiers[0]).toMatchObject({ customers: 1, value: 40, valueShare: 0.8 });
	});
});
