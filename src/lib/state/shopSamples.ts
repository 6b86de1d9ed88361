// The shop-export samples (static/samples/shops/, scripts/makeShopSamples.ts): unlike the other
// samples they open in the import step, not straight into the workspace, because what they
// teach is that step — "Recognised: …", the status policy and the report.
import { assets } from '$app/paths';
import type { LayoutId } from '../data/map/layouts/types';
import type { KeysUnder } from '../i18n/messageKey';
import { importer } from './importer.svelte';

/** Each layout's sample, under the file name the shop system gives its export. */
export const SHOP_SAMPLES: { layout: LayoutId & KeysUnder<'shops.sample.'>; file: string }[] = [
	{ layout: 'shopifyOrders', file: 'orders_export_1.csv' },
	{ layout: 'wooCommerceOrders', file: 'woocommerce-orders.csv' },
	{ layout: 'taobaoOrders', file: 'ExportOrderList.csv' },
	{ layout: 'taobaoItems', file: 'ExportOrderDetailList.csv' },
	{ layout: 'jdOrders', file: '京东订单导出.csv' },
	{ layout: 'youzanOrders', file: '有赞订单导出.csv' },
	{ layout: 'posSales', file: 'pos_sales_export.csv' }
];

/** Fetches a shop sample and starts its import job (shown on the Data page). */
export async function openShopSample(layout: LayoutId): Promise<void> {
	const sample = SHOP_SAMPLES.find((s) => s.layout === layout);
	if (!sample) return;
	const res = await fetch(`${assets}/samples/shops/${layout}.csv`);
	if (!res.ok) throw new Error(`${layout}.csv: ${res.status}`);
	importer.add([{ name: sample.file, blob: await res.blob() }]);
}
