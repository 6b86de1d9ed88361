// Every recognised layout's fixture (written by scripts/makeShopSamples.ts from the orders in
// scripts/samples/shops/fixtureOrders.ts) read as orders. Expected values by hand from that
// list: orders 1, 2, 3 (refunded 40 of 40), 4 (36.50, 12.25 refunded), 7, 8 (customer 1 again)
// count; 5 (cancelled) and 6 (pending) do not; 9 is in USD — left out where the export has a
// currency column, counted where it has none.
//   net revenue = 25.50 + 100 + (40 − 40) + (36.50 − 12.25) + 61 + 5.50 = 216.25 (+ 10 for order 9)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromYMD, isoFromDay } from '../../analytics/dates';
import { importBytes } from '../pipeline/importBytes';
import { previewFile } from '../pipeline/previewFile';
import type { LayoutId } from '../map/layouts/types';

const TODAY = dayFromYMD(2030, 1, 1);

interface Case {
	layout: LayoutId;
	orders: number;
	customers: number;
	revenue: number;
	otherCurrency: number;
	lines: number;
	offsets: string[];
	unwrapped: boolean;
	normalised: number;
}

const withCurrency = { orders: 6, customers: 3, revenue: 216.25, otherCurrency: 1 };
const without = { orders: 7, customers: 4, revenue: 226.25, otherCurrency: 0 };
// Lines: 2 + 1 + 1 + 2 + 1 + 1 + 3 + 1 + 1 = 13 line items in 9 orders.
const cases: Case[] = [
	{
		layout: 'shopifyOrders',
		...withCurrency,
		lines: 13,
		offsets: ['+0800'],
		unwrapped: false,
		normalised: 1
	},
	{
		layout: 'wooCommerceOrders',
		...withCurrency,
		lines: 13,
		offsets: [],
		unwrapped: false,
		normalised: 1
	},
	{ layout: 'taobaoOrders', ...without, lines: 9, offsets: [], unwrapped: true, normalised: 0 },
	{ layout: 'taobaoItems', ...without, lines: 13, offsets: [], unwrapped: true, normalised: 0 },
	{ layout: 'jdOrders', ...without, lines: 13, offsets: [], unwrapped: false, normalised: 0 },
	{ layout: 'youzanOrders', ...without, lines: 13, offsets: [], unwrapped: true, normalised: 0 },
	{ layout: 'posSales', ...withCurrency, lines: 13, offsets: [], unwrapped: false, normalised: 0 }
];

function distinct(labels: string[], codes: Int32Array): number {
	return new Set(Array.from(codes, (c) => labels[c])).size;
}

describe('shop export fixtures', () => {
	it.each(cases)('$layout', (c) => {
		const bytes = new Uint8Array(readFileSync(`tests/fixtures/shops/${c.layout}.csv`));
		const preview = previewFile(bytes, `${c.layout}.csv`);
		expect(preview.layout).toBe(c.layout);
		const ds = importBytes(bytes, preview.mapping, TODAY);
		const o = ds.report.orders;
		expect(o).toBeDefined();
		if (!o) return;
		expect(o.lines).toBe(c.lines);
		expect(o.orders).toBe(9);
		expect(o.kept).toBe(c.orders);
		expect(o.byState).toEqual({
			completed: 5,
			refunded: 1,
			partiallyRefunded: 1,
			cancelled: 1,
			pending: 1,
			unknown: 0
		});
		expect(o.removed).toEqual({ cancelled: 1, pending: 1, otherCurrency: c.otherCurrency });
		expect(o.refunds).toEqual({ orders: 2, amount: 52.25 });
		expect(o.offsets).toEqual(c.offsets);
		expect(o.unwrapped > 0).toBe(c.unwrapped);
		expect(o.idsNormalised).toBe(c.normalised);
		expect(ds.report.rejected.total).toBe(0);
		expect(ds.stats.customers).toBe(c.customers);
		expect(ds.stats.revenue).toBe(c.revenue);
		// The order at 23:59:59 (+08:00) stays on the shop's day.
		expect(isoFromDay(ds.stats.firstDay ?? 0)).toBe('2024-03-05');
		const order = ds.columns.orderId;
		expect(order.type).toBe('dict');
		if (order.type === 'dict') {
			expect(distinct(order.labels, order.codes)).toBe(c.orders);
			// 19-digit order numbers stay text, every digit kept.
			expect(order.labels.some((l) => l.includes('3500000000000001001'))).toBe(true);
		}
	});

	it('changes with the status policy: cancelled and pending counted, refunds not netted', () => {
		const bytes = new Uint8Array(readFileSync('tests/fixtures/shops/shopifyOrders.csv'));
		const preview = previewFile(bytes, 'shopifyOrders.csv');
		const mapping = structuredClone(preview.mapping);
		if (!mapping.layout) throw new Error('not recognised');
		mapping.layout.policy = { pending: 'include', cancelled: 'include', refunds: 'ignore' };
		const ds = importBytes(bytes, mapping, TODAY);
		// + order 5 (100) + order 6 (10) + the refunds 52.25 no longer netted.
		expect(ds.report.orders?.kept).toBe(8);
		expect(ds.stats.customers).toBe(4);
		expect(ds.stats.revenue).toBe(216.25 + 100 + 10 + 52.25);
	});

	it('reads the file as plain rows when the user turns the layout off', () => {
		const bytes = new Uint8Array(readFileSync('tests/fixtures/shops/shopifyOrders.csv'));
		const preview = previewFile(bytes, 'shopifyOrders.csv');
		const mapping = { ...structuredClone(preview.mapping), layout: undefined };
		const ds = importBytes(bytes, mapping, TODAY);
		expect(ds.report.orders).toBeUndefined();
		// Continuation rows have no e-mail or date: rejected, as before this layout existed.
		expect(ds.report.rejected.total).toBe(4);
	});
});
