import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromISO, isoFromDay } from '../dates';
import { transactionsFromRows, type TransactionRow } from '../tableFromRows';
import { customerTable } from './customerTable';
import { defaultAsOf } from './defaultAsOf';
import { SegmentsError } from './segmentsIssue';

// Hand-made ledger, analysed as of 2024-01-31.
// A: two rows on 01-01 (10 + 5), 20 on 01-10, a return of -8 on 01-20, 100 after asOf.
// B: one purchase of 30 on 01-15.  C: only a return.  D: only after asOf.  E: 0 on asOf.
const rows: TransactionRow[] = [
	{ customerId: 'A', date: '2024-01-01', amount: 10, orderId: 'o1', cost: 6 },
	{ customerId: 'A', date: '2024-01-01', amount: 5, orderId: 'o1', cost: 2 },
	{ customerId: 'C', date: '2024-01-05', amount: -10, orderId: 'o8' },
	{ customerId: 'A', date: '2024-01-01', amount: 1, orderId: 'o2', cost: 1 },
	{ customerId: 'A', date: '2024-01-10', amount: 20, orderId: 'o3', cost: 15 },
	{ customerId: 'B', date: '2024-01-15', amount: 30, orderId: 'o4', cost: 20 },
	{ customerId: 'A', date: '2024-01-20', amount: -8, orderId: 'o3', cost: -6 },
	{ customerId: 'E', date: '2024-01-31', amount: 0 },
	{ customerId: 'A', date: '2024-02-05', amount: 100, orderId: 'o5' },
	{ customerId: 'D', date: '2024-02-10', amount: 50, orderId: 'o6' }
];
const asOf = dayFromISO('2024-01-31');

function view(rs: TransactionRow[], dropOrders = false) {
	const tx = transactionsFromRows(rs);
	if (dropOrders) tx.order = null;
	const t = customerTable(tx, { asOf });
	return {
		rule: t.frequencyRule,
		returnsOnly: t.returnsOnly,
		rows: t.ids
			.map((id, j) => ({
				id,
				recency: t.recency[j],
				frequency: t.frequency[j],
				monetary: t.monetary?.[j],
				average: t.average?.[j],
				margin: t.margin?.[j],
				tenure: t.tenure[j],
				first: isoFromDay(t.first[j]),
				last: isoFromDay(t.last[j])
			}))
			.sort((a, b) => (a.id < b.id ? -1 : 1))
	};
}

describe('customerTable', () => {
	// Recency = 01-31 minus last purchase (the 01-20 return is not a purchase): A 21, B 16, E 0.
	// Monetary A = 10 + 5 + 1 + 20 - 8 = 28; margin A = (10-6)+(5-2)+(1-1)+(20-15)+(-8+6) = 10;
	// B margin 30-20 = 10; E has no cost → margin 0. Tenure = 01-31 minus first purchase.
	const byOrders = [
		{
			id: 'A',
			recency: 21,
			frequency: 3,
			monetary: 28,
			average: 28 / 3,
			margin: 10,
			tenure: 30,
			first: '2024-01-01',
			last: '2024-01-10'
		},
		{
			id: 'B',
			recency: 16,
			frequency: 1,
			monetary: 30,
			average: 30,
			margin: 10,
			tenure: 16,
			first: '2024-01-15',
			last: '2024-01-15'
		},
		{
			id: 'E',
			recency: 0,
			frequency: 1,
			monetary: 0,
			average: 0,
			margin: 0,
			tenure: 0,
			first: '2024-01-31',
			last: '2024-01-31'
		}
	];
	// Without order ids A has two distinct purchase days (01-01 and 01-10).
	const byDays = byOrders.map((r) => (r.id === 'A' ? { ...r, frequency: 2, average: 14 } : r));
	// Reversed rows make A's days go backwards, which forces the exact (bucketed) recount.
	const cases = [
		{
			name: 'orders, date order',
			input: rows,
			dropOrders: false,
			rule: 'orders',
			expected: byOrders
		},
		{
			name: 'orders, reversed rows',
			input: [...rows].reverse(),
			dropOrders: false,
			rule: 'orders',
			expected: byOrders
		},
		{ name: 'days, date order', input: rows, dropOrders: true, rule: 'days', expected: byDays },
		{
			name: 'days, reversed rows',
			input: [...rows].reverse(),
			dropOrders: true,
			rule: 'days',
			expected: byDays
		}
	];
	it.each(cases)('$name', ({ input, dropOrders, rule, expected }) => {
		const v = view(input, dropOrders);
		expect(v.rule).toBe(rule);
		expect(v.returnsOnly).toBe(1); // C
		expect(v.rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
		v.rows.forEach((r, j) => {
			const e = expected[j];
			expect({ ...r, average: undefined }).toEqual({ ...e, average: undefined });
			expect(r.average).toBeCloseTo(e.average, 12);
		});
	});

	it('a later analysis date sees the later purchases', () => {
		const t = customerTable(transactionsFromRows(rows), { asOf: dayFromISO('2024-02-10') });
		// A: last purchase 02-05 → recency 5, orders o1 o2 o3 o5 → 4, monetary 28 + 100.
		// D: bought on asOf → recency 0.
		expect(t.ids).toEqual(['A', 'B', 'E', 'D']);
		expect(Array.from(t.recency)).toEqual([5, 26, 10, 0]);
		expect(Array.from(t.frequency)).toEqual([4, 1, 1, 1]);
		expect(Array.from(t.monetary ?? [])).toEqual([128, 30, 0, 50]);
	});

	it('an order id shared by two customers counts once for each', () => {
		const tx = transactionsFromRows([
			{ customerId: 'X', date: '2024-01-01', amount: 1, orderId: 'shared' },
			{ customerId: 'Y', date: '2024-01-02', amount: 1, orderId: 'shared' },
			{ customerId: 'X', date: '2024-01-03', amount: 1, orderId: 'own' }
		]);
		const t = customerTable(tx, { asOf: dayFromISO('2024-01-31') });
		expect(Array.from(t.frequency)).toEqual([2, 1]);
	});

	it('rows without an order id count by day, in any row order', () => {
		// K: order o1 (two rows on 01-10) plus order-less rows on 01-05, 01-03 and 01-05 again:
		// 1 order + 2 distinct order-less days = 3. The 01-05 → 01-03 step back forces the recount.
		const tx = transactionsFromRows([
			{ customerId: 'K', date: '2024-01-10', amount: 1, orderId: 'o1' },
			{ customerId: 'K', date: '2024-01-05', amount: 1 },
			{ customerId: 'K', date: '2024-01-03', amount: 1 },
			{ customerId: 'K', date: '2024-01-05', amount: 1 },
			{ customerId: 'K', date: '2024-01-10', amount: 1, orderId: 'o1' }
		]);
		const t = customerTable(tx, { asOf: dayFromISO('2024-01-31') });
		expect(t.frequencyRule).toBe('orders');
		expect(Array.from(t.frequency)).toEqual([3]);
		expect(isoFromDay(t.first[0])).toBe('2024-01-03');
	});

	it('without amounts R and F still work and M is flagged unavailable', () => {
		const tx = transactionsFromRows([
			{ customerId: 'P', date: '2024-01-01' },
			{ customerId: 'P', date: '2024-01-03' },
			{ customerId: 'Q', date: '2024-01-02' }
		]);
		const t = customerTable(tx, { asOf: dayFromISO('2024-01-05') });
		expect(t.monetary).toBeNull();
		expect(t.average).toBeNull();
		expect(t.margin).toBeNull();
		expect(t.issues.map((i) => i.code)).toContain('monetary_unavailable');
		expect(Array.from(t.recency)).toEqual([2, 3]);
		expect(Array.from(t.frequency)).toEqual([2, 1]);
	});

	it('derives ids, first, last, tenure and average on first read, once', () => {
		const t = customerTable(transactionsFromRows(rows), { asOf });
		// Same values as the eager view above (A, B, E in code order), the same arrays on re-read.
		expect(t.ids).toEqual(['A', 'B', 'E']);
		expect(Array.from(t.tenure)).toEqual([30, 16, 0]);
		expect(t.first).toBe(t.first);
		expect(t.average).toBe(t.average);
		// A copy (worker message, spread) carries them as plain values.
		const copy = structuredClone(t);
		expect(copy.ids).toEqual(['A', 'B', 'E']);
		expect(Array.from(copy.last)).toEqual(Array.from(t.last));
		expect({ ...t }.average).toEqual(t.average);
	});

	it('an analysis date before every purchase gives an empty table with an issue', () => {
		const t = customerTable(transactionsFromRows(rows), { asOf: dayFromISO('2023-12-31') });
		expect(t.length).toBe(0);
		expect(t.issues.map((i) => i.code)).toContain('no_customers');
	});
});

describe('defaultAsOf', () => {
	it('is the day after the last transaction', () => {
		expect(isoFromDay(defaultAsOf(transactionsFromRows(rows)))).toBe('2024-02-11');
	});
	it('refuses an empty table with a typed issue', () => {
		const empty = transactionsFromRows([]);
		expect(() => defaultAsOf(empty)).toThrow(SegmentsError);
		try {
			defaultAsOf(empty);
		} catch (e) {
			expect((e as SegmentsError).issue.code).toBe('no_transactions');
		}
	});
});

// CDNOW sample: published BTYD preparation numbers (REFERENCES.md).
describe('customerTable on the CDNOW sample', () => {
	const text = readFileSync('tests/fixtures/cdnow/CDNOW_sample.txt', 'utf8');
	const cdRows: TransactionRow[] = text
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => {
			const [id, , ymd, , dollars] = l.trim().split(/\s+/);
			return {
				customerId: id,
				date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
				amount: Number(dollars)
			};
		});
	const tx = transactionsFromRows(cdRows);

	it('has 6,919 rows, 2,357 customers and 6,696 customer-days to 1998-06-30', () => {
		expect(tx.length).toBe(6919);
		const t = customerTable(tx, { asOf: dayFromISO('1998-06-30') });
		expect(t.length).toBe(2357);
		expect(t.frequencyRule).toBe('days');
		expect(t.frequency.reduce((s, f) => s + f, 0)).toBe(6696);
	});

	it('reproduces the calibration counts to 1997-09-30 (x = repeat days)', () => {
		const t = customerTable(tx, { asOf: dayFromISO('1997-09-30') });
		const hist = [0, 0, 0, 0, 0, 0, 0, 0];
		let repeaters = 0;
		let sumX = 0;
		for (const f of t.frequency) {
			const x = f - 1;
			hist[Math.min(x, 7)]++;
			if (x > 0) repeaters++;
			sumX += x;
		}
		expect(repeaters).toBe(946);
		expect(sumX).toBe(2457);
		expect(hist).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
		// A 1997-01-01 first buyer has tenure 272 days (T = 272/7 weeks).
		const j = t.ids.indexOf('00004');
		expect(t.tenure[j]).toBe(272);
	});
});
