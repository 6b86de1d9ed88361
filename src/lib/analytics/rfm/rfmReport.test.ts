import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { ledgerFixture, tenCustomers } from './ledgerFixture';
import { rfmReport } from './rfmReport';

const tx = ledgerFixture(tenCustomers, '2024-12-31');

describe('rfmReport', () => {
	// c01 last bought on 12-30, so the default analysis date is 12-31 (the day after).
	const report = rfmReport(tx);
	it('defaults asOf to the day after the last purchase', () => {
		expect(report.asOf).toBe('2024-12-31');
	});
	it('prints the quintile thresholds worked out in rfmScores.test.ts', () => {
		expect(report.thresholds.recency.map((e) => +e.toFixed(9))).toEqual([4.4, 16, 42, 96]);
		expect(report.thresholds.frequency.map((e) => +e.toFixed(9))).toEqual([1, 1, 2.4, 4.4]);
		expect(report.thresholds.monetary?.map((e) => +e.toFixed(9))).toEqual([38, 80, 240, 440]);
	});
	const segs = [
		{ name: 'champions', customers: 2, revenue: 1600 },
		{ name: 'potentialLoyalist', customers: 3, revenue: 900 },
		{ name: 'lost', customers: 2, revenue: 50 }
	];
	it.each(segs)('segment $name', ({ name, customers, revenue }) => {
		const s = report.segments.find((x) => x.name === name);
		expect(s?.customers).toBe(customers);
		expect(s?.revenue).toBeCloseTo(revenue, 9);
	});
	it('lists each customer with scores and segment', () => {
		expect(report.customers).toHaveLength(10);
		const c06 = report.customers.find((c) => c.customerId === 'c06');
		expect(c06).toMatchObject({
			recency: 30,
			frequency: 1,
			r: 3,
			f: 1,
			m: 3,
			segment: 'promising'
		});
		expect(c06?.monetary).toBeCloseTo(100, 9);
		expect(report.issues).toContain('ties_fewer_bins');
	});
	it('takes a past analysis date, a preset and 3 bins', () => {
		const r = rfmReport(tx, { asOf: dayFromISO('2024-09-01'), preset: 'short', bins: 3 });
		// On 09-01 only c10 (purchase 200 days before 12-31 = 06-14) had bought.
		expect(r.customers.map((c) => c.customerId)).toEqual(['c10']);
		expect(r.thresholds.recency).toHaveLength(2);
	});
});
