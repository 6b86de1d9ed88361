// Cohort retention compared on the teaching sample (last 12 months against the 12 before),
// checked against the transactions counted here: customers by first-purchase month, and who of
// them bought again k calendar months later.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TransactionTable } from '../../analytics/types';
import { importBytes } from '../../data/pipeline/importBytes';
import { previewFile } from '../../data/pipeline/previewFile';
import { toTransactionTable } from '../../data/tables/toTables';
import type { AnalysisContext } from '../context';
import { lifecycleCohortsCompare } from './lifecycleCohortsCompare';

const path = 'static/samples/retail/transactions.csv';
function imported(): TransactionTable {
	const bytes = readFileSync(path);
	const { mapping } = previewFile(bytes, path, { kind: 'transactions' });
	return toTransactionTable(importBytes(bytes, mapping, 30000));
}
const retail = imported();
const ctx: AnalysisContext = {
	transactions: async () => retail,
	customers: () => Promise.reject(new Error('none')),
	survey: () => Promise.reject(new Error('none')),
	summary: () => Promise.reject(new Error('none')),
	dataset: () => Promise.reject(new Error('none')),
	progress: () => {}
};

// The plain count: month index of each row; a customer's acquisition month is that of the first
// purchase (a return is not one); active at k = any purchase in acquisition month + k.
const rows = readFileSync(path, 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => {
		const [, customer, date, amount] = l.split(',');
		const month = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
		return { customer, date, month, amount: Number(amount) };
	});
const lastMonth = Math.max(...rows.map((r) => r.month));
const firstMonth = new Map<string, number>();
const months = new Map<string, Set<number>>();
for (const r of rows) {
	if (r.amount < 0) continue;
	if (!(firstMonth.get(r.customer)! <= r.month)) firstMonth.set(r.customer, r.month);
	if (!months.has(r.customer)) months.set(r.customer, new Set());
	months.get(r.customer)!.add(r.month);
}
function counted(fromIso: string, toIso: string, k: number) {
	const from = Number(fromIso.slice(0, 4)) * 12 + Number(fromIso.slice(5, 7)) - 1;
	const to = Number(toIso.slice(0, 4)) * 12 + Number(toIso.slice(5, 7)) - 1;
	let customers = 0;
	let active = 0;
	for (const [c, m] of firstMonth) {
		// Months wholly in the window, and observed at age k (the data's last month counts).
		if (m < from || m > to || m + k > lastMonth) continue;
		customers++;
		if (months.get(c)!.has(m + k)) active++;
	}
	return { customers, active };
}

describe('lifecycleCohortsCompare on the teaching sample', () => {
	it('last 12 months vs the previous 12: each age against the plain count', async () => {
		const r = await lifecycleCohortsCompare(ctx, {
			id: 'tx',
			preset: 'last12m',
			compare: 'previous'
		});
		expect(r.nowFromIso.endsWith('-01')).toBe(true);
		const rowsOut = r.compared!.rows;
		expect(rowsOut.length).toBeGreaterThan(3);
		for (const row of rowsOut) {
			const n = counted(r.nowFromIso, r.nowToIso, row.age);
			const b = counted(r.beforeFromIso!, r.beforeToIso!, row.age);
			expect([row.age, row.now.customers, row.now.active]).toEqual([
				row.age,
				n.customers,
				n.active
			]);
			expect([row.age, row.before.customers, row.before.active]).toEqual([
				row.age,
				b.customers,
				b.active
			]);
			expect(row.change).toBeCloseTo(n.active / n.customers - b.active / b.customers, 12);
		}
	});

	it('no comparison: nothing compared', async () => {
		const r = await lifecycleCohortsCompare(ctx, { id: 'tx', preset: 'last12m' });
		expect(r.compared).toBeNull();
	});
});
