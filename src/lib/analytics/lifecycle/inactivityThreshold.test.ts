import { describe, expect, it } from 'vitest';
import { dayFromISO, isoFromDay } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { customerDays } from './customerDays';
import { givenThreshold, inactivityThreshold } from './inactivityThreshold';
import { LifecycleError } from './lifecycleIssue';

// Days from 2024-01-01: A 0, 10, 30, 100 (gaps 10, 20, 70); B 5, 15, 15 (same day merged: gap 10);
// C one purchase (no gap); D 0, 50 (gap 50). Pooled sorted gaps: 10, 10, 20, 50, 70 (N = 5).
const d0 = dayFromISO('2024-01-01');
const at = (id: string, offset: number) => ({ customerId: id, date: isoFromDay(d0 + offset) });
const tx = transactionsFromRows([
	at('A', 30),
	at('A', 0),
	at('A', 100),
	at('A', 10),
	at('B', 5),
	at('B', 15),
	at('B', 15),
	at('C', 0),
	at('D', 0),
	at('D', 50)
]);
const cd = customerDays(tx, d0 + 200);

describe('inactivityThreshold', () => {
	// Type 7: h = (N − 1)p; value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) on the 0-based sorted gaps.
	const cases = [
		{ p: 0.9, quantile: 62, days: 62 }, // h = 3.6: 50 + 0.6 × 20
		{ p: 0.5, quantile: 20, days: 20 }, // h = 2: the middle gap
		{ p: 1, quantile: 70, days: 70 }, // the largest gap
		{ p: 0.3, quantile: 12, days: 12 }, // h = 1.2: 10 + 0.2 × (20 − 10)
		{ p: 0.8, quantile: 54, days: 54 }, // h = 3.2: 50 + 0.2 × (70 − 50)
		{ p: 0.95, quantile: 66, days: 66 }, // h = 3.8: 50 + 0.8 × 20
		{ p: 0.1, quantile: 10, days: 10 } // h = 0.4: between the two 10s
	];
	it.each(cases)('percentile $p → $days days', ({ p, quantile, days }) => {
		const t = inactivityThreshold(cd, p);
		expect(t.quantile).toBeCloseTo(quantile, 12);
		expect(t.days).toBe(days);
		expect(t.gaps).toBe(5);
		expect(t.method).toBe('percentile_of_gaps');
	});
	it('rejects a percentile outside (0, 1]', () => {
		expect(() => inactivityThreshold(cd, 0)).toThrow(LifecycleError);
	});
	it('only single purchases: no gap to learn from', () => {
		const single = transactionsFromRows([at('A', 0), at('B', 3)]);
		expect(() => inactivityThreshold(customerDays(single, d0 + 10))).toThrow(LifecycleError);
	});
	it('a given threshold is validated and kept', () => {
		expect(givenThreshold(30)).toMatchObject({ days: 30, method: 'given' });
		expect(() => givenThreshold(0)).toThrow(LifecycleError);
	});
});
