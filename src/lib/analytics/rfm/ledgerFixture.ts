// Test fixture: ledgers whose R, F and M are chosen, so expected scores can be worked out by
// hand. Used only by *.test.ts files.
import { dayFromISO, isoFromDay } from '../dates';
import { transactionsFromRows, type TransactionRow } from '../tableFromRows';
import type { TransactionTable } from '../types';

export interface FixtureCustomer {
	id: string;
	recency: number;
	frequency: number;
	monetary?: number;
}

/** One purchase per day: the last `recency` days before asOf, the rest on the days before it. */
export function ledgerFixture(customers: FixtureCustomer[], asOfIso: string): TransactionTable {
	const asOf = dayFromISO(asOfIso);
	const rows: TransactionRow[] = [];
	for (const c of customers)
		for (let k = c.frequency - 1; k >= 0; k--)
			rows.push({
				customerId: c.id,
				date: isoFromDay(asOf - c.recency - k),
				amount: c.monetary === undefined ? undefined : c.monetary / c.frequency
			});
	return transactionsFromRows(rows);
}

/** Ten customers: recency 1…200 days, frequency 10…1, monetary 1000…20 (sum 2740). */
export const tenCustomers: FixtureCustomer[] = [
	{ id: 'c01', recency: 1, frequency: 10, monetary: 1000 },
	{ id: 'c02', recency: 2, frequency: 6, monetary: 600 },
	{ id: 'c03', recency: 5, frequency: 4, monetary: 400 },
	{ id: 'c04', recency: 10, frequency: 3, monetary: 300 },
	{ id: 'c05', recency: 20, frequency: 2, monetary: 200 },
	{ id: 'c06', recency: 30, frequency: 1, monetary: 100 },
	{ id: 'c07', recency: 60, frequency: 1, monetary: 50 },
	{ id: 'c08', recency: 90, frequency: 1, monetary: 40 },
	{ id: 'c09', recency: 120, frequency: 1, monetary: 30 },
	{ id: 'c10', recency: 200, frequency: 1, monetary: 20 }
];
