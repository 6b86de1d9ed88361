// The teaching shop samples (static/samples/shops/, scripts/makeShopSamples.ts) read as orders
// give the retail sample's purchases, customers and net revenue for the same 15 customers —
// computed here straight from the retail CSV, not through the fold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromYMD } from '../../analytics/dates';
import type { LayoutId } from '../map/layouts/types';
import { importBytes } from '../pipeline/importBytes';
import { previewFile } from '../pipeline/previewFile';

const TODAY = dayFromYMD(2030, 1, 1);

function retailFor(customers: number) {
	const ids = new Set(
		Array.from({ length: customers }, (_, i) => `C${String(i + 1).padStart(5, '0')}`)
	);
	let purchases = 0;
	let cents = 0;
	for (const line of readFileSync('static/samples/retail/transactions.csv', 'utf8')
		.trim()
		.split('\n')
		.slice(1)) {
		const [, customer, , amount] = line.split(',');
		if (!ids.has(customer)) continue;
		if (Number(amount) >= 0) purchases++;
		cents += Math.round(Number(amount) * 100);
	}
	return { purchases, revenue: cents / 100 };
}

const LAYOUTS: LayoutId[] = [
	'shopifyOrders',
	'wooCommerceOrders',
	'taobaoOrders',
	'taobaoItems',
	'jdOrders',
	'youzanOrders',
	'posSales'
];

describe('shop samples reproduce the retail sample', () => {
	const expected = retailFor(15);
	it.each(LAYOUTS)('%s', (layout) => {
		const bytes = new Uint8Array(readFileSync(`static/samples/shops/${layout}.csv`));
		const preview = previewFile(bytes, `${layout}.csv`);
		expect(preview.layout).toBe(layout);
		const ds = importBytes(bytes, preview.mapping, TODAY);
		expect(ds.report.rejected.total).toBe(0);
		expect(ds.report.orders?.kept).toBe(expected.purchases);
		expect(ds.stats.customers).toBe(15);
		expect(ds.stats.revenue).toBe(expected.revenue);
		// The default policy removed the cancelled and unpaid orders the generator added.
		expect(ds.report.orders?.removed.cancelled).toBeGreaterThan(0);
		expect(ds.report.orders?.removed.pending).toBeGreaterThan(0);
	});
});
