import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { transactionsFromRows, type TransactionRow } from '../tableFromRows';
import { ownedOrders } from './ownedOrders';

const asOf = dayFromISO('2024-01-31');
const row = (customerId: string, date: string, orderId: string, amount = 1): TransactionRow => ({
	customerId,
	date,
	orderId,
	amount
});

// Counted by hand per customer (codes in order of first appearance: A, B, …).
const cases: { name: string; rows: TransactionRow[]; want: number[] | null }[] = [
	{
		// A: o1 o2 o1 again (interleaved) → 2; B: o3 → 1.
		name: 'interleaved orders count once',
		rows: [
			row('A', '2024-01-01', 'o1'),
			row('A', '2024-01-02', 'o2'),
			row('B', '2024-01-02', 'o3'),
			row('A', '2024-01-03', 'o1')
		],
		want: [2, 1]
	},
	{
		// A's o2 is a return and B's o3 comes after asOf: neither counts.
		name: 'returns and later rows do not count',
		rows: [
			row('A', '2024-01-01', 'o1'),
			row('A', '2024-01-02', 'o2', -5),
			row('B', '2024-02-02', 'o3')
		],
		want: [1, 0]
	},
	{
		name: 'an order under two customers is left to distinctOrders',
		rows: [row('A', '2024-01-01', 'o1'), row('B', '2024-01-02', 'o1')],
		want: null
	}
];

describe('ownedOrders', () => {
	it.each(cases)('$name', ({ rows, want }) => {
		const got = ownedOrders(transactionsFromRows(rows), asOf);
		expect(got === null ? null : Array.from(got)).toEqual(want);
	});
});
