// Segments on two windows of the teaching sample: the sizes are the migration matrix's row and
// column totals (the same analysis on the same dates), and each window's segment revenue adds
// up to the KPI strip's revenue for that window (kpiFigures, counted independently of segments).
import { describe, expect, it } from 'vitest';
import { retailContext, retailTransactions } from '../../../../tests/helpers/retailContext';
import type { SegmentCompareRow } from '../../analytics/kpi/compareSegments';
import { kpiFigures } from '../../analytics/kpi/kpiFigures';
import { dayFromISO } from '../../analytics/dates';
import { toCents } from '../../analytics/money';
import { segmentsCompare } from './segmentsCompare';

const retail = retailTransactions();
const ctx = retailContext();
const cents = (v: number | null) => toCents(v ?? NaN);

describe('segmentsCompare on the teaching sample', () => {
	it.each([
		['last12m', 'previous'],
		['last3m', 'year'],
		['ytd', 'previous']
	])('%s vs %s: sizes are the migration totals, revenue adds up', async (preset, compare) => {
		const r = await segmentsCompare(ctx, { s: { id: 'tx' }, preset, compare });
		const { table, migration } = r;
		if (!table || !migration) throw new Error(`no comparison for ${preset} vs ${compare}`);
		expect(migration.asOfB).toBe(dayFromISO(r.nowToIso));
		expect(migration.asOfA).toBe(dayFromISO(r.beforeToIso!));
		table.rows.forEach((row, j) => {
			expect(row.key).toBe(migration.to[j]);
			const column = migration.counts.reduce((s, line) => s + line[j], 0);
			const line = migration.counts[j + 1].reduce((s, v) => s + v, 0);
			expect([row.customersNow, row.customersBefore]).toEqual([column, line]);
		});
		const sum = (f: (x: SegmentCompareRow) => number | null) =>
			table.rows.reduce((s, x) => s + cents(f(x)), 0);
		const win = (from: string, to: string) =>
			kpiFigures(retail, dayFromISO(from), dayFromISO(to)).revenue;
		expect(sum((x) => x.revenueNow) + cents(table.outsideNow)).toBe(
			cents(win(r.nowFromIso, r.nowToIso))
		);
		expect(sum((x) => x.revenueBefore) + cents(table.outsideBefore)).toBe(
			cents(win(r.beforeFromIso!, r.beforeToIso!))
		);
		// Moves: customers in another segment at both dates, the migration's own count.
		expect(r.moves.reduce((s, m) => s + m.customers, 0)).toBe(migration.moved);
	});

	it('no comparison: only the window', async () => {
		const r = await segmentsCompare(ctx, { s: { id: 'tx' }, preset: 'last12m', compare: 'none' });
		expect([r.table, r.migration, r.beforeFromIso]).toEqual([null, null, null]);
	});
});
