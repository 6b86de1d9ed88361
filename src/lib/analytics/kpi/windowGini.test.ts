import { describe, expect, it } from 'vitest';
import { dayFromISO as d } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { windowGini } from './windowGini';

const tx = transactionsFromRows([
	{ customerId: 'A', date: '2024-01-05', amount: 10 },
	{ customerId: 'B', date: '2024-01-06', amount: 30 },
	{ customerId: 'B', date: '2024-02-06', amount: -10 },
	{ customerId: 'C', date: '2024-01-07', amount: 5 },
	{ customerId: 'C', date: '2024-01-08', amount: -8 },
	{ customerId: 'D', date: '2023-06-01', amount: 100 },
	{ customerId: 'D', date: '2024-01-09', amount: -50 }
]);

describe('windowGini', () => {
	it.each([
		// January: A 10, B 30, C 5 − 8 → 0 (clipped); D only a return → not a buyer.
		// Sorted 0, 10, 30: G = 2(1·0 + 2·10 + 3·30)/(3·40) − 4/3 = 220/120 − 4/3 = 0.5.
		['2024-01-01', '2024-01-31', 0.5],
		// January–February: B 30 − 10 = 20. Sorted 0, 10, 20: 2(20 + 60)/(3·30) − 4/3 = 4/9.
		['2024-01-01', '2024-02-29', 4 / 9],
		// Only A: one customer, everyone the same → 0.
		['2024-01-05', '2024-01-05', 0],
		// 2023: D alone, 100 → 0. A window with no buyers → null.
		['2023-01-01', '2023-12-31', 0],
		['2022-01-01', '2022-12-31', null],
		// Only C's return day: C bought nothing in it → no buyers.
		['2024-01-08', '2024-01-08', null]
	])('%s – %s → %s', (from, to, expected) => {
		const g = windowGini(tx, d(from), d(to));
		if (expected === null) expect(g).toBeNull();
		else expect(g).toBeCloseTo(expected, 12);
	});

	it('a purchase of 0 makes a buyer who counts 0 (the KPI strip’s customers)', () => {
		// A 10, E 0: sorted 0, 10 → G = 2(1·0 + 2·10)/(2·10) − 3/2 = 0.5.
		const t = transactionsFromRows([
			{ customerId: 'A', date: '2024-01-05', amount: 10 },
			{ customerId: 'E', date: '2024-01-06', amount: 0 }
		]);
		expect(windowGini(t, d('2024-01-01'), d('2024-01-31'))).toBeCloseTo(0.5, 12);
	});

	it('without amounts: null', () => {
		const t = transactionsFromRows([{ customerId: 'A', date: '2024-01-05' }]);
		expect(windowGini(t, d('2024-01-01'), d('2024-12-31'))).toBeNull();
	});
});
