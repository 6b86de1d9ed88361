// Every file makeShopSamples.ts writes, as path → bytes: the fixtures (tests/fixtures/shops/)
// and the teaching samples (static/samples/shops/), the same orders in every layout.
import type { ShopLayoutId } from '../../../src/lib/data/map/layouts/types';
import { fixtureOrders } from './fixtureOrders';
import { parseRetail, retailOrders } from './retailOrders';
import type { ShopOrder } from './shopOrder';
import { writeShopExport } from './writeShopExport';

/** How each system names a customer: e-mail, buyer account, phone or member number. */
export const CUSTOMER_KEYS: Record<ShopLayoutId, (id: string) => string> = {
	shopifyOrders: (id) => `${id.toLowerCase()}@example.com`,
	wooCommerceOrders: (id) => `${id.toLowerCase()}@example.com`,
	taobaoOrders: (id) => `tb_${id.toLowerCase()}`,
	taobaoItems: (id) => `tb_${id.toLowerCase()}`,
	jdOrders: (id) => `jd_${id.toLowerCase()}`,
	youzanOrders: (id) => `138${id.replace(/\D/g, '').padStart(8, '0')}`,
	posSales: (id) => id
};

/** The retail sample's first customers, kept few so all samples stay a few hundred KB. */
export const SAMPLE_CUSTOMERS = 15;

const withKey = (orders: ShopOrder[], key: (id: string) => string) =>
	orders.map((o) => ({ ...o, customer: key(o.customer) }));

export function shopSampleFiles(retailCsv: string): {
	files: Map<string, Uint8Array>;
	orders: number;
	dropped: number;
} {
	const customers = new Set(
		Array.from({ length: SAMPLE_CUSTOMERS }, (_, i) => `C${String(i + 1).padStart(5, '0')}`)
	);
	const { orders, dropped } = retailOrders(parseRetail(retailCsv), customers);
	const files = new Map<string, Uint8Array>();
	for (const layout of Object.keys(CUSTOMER_KEYS) as ShopLayoutId[]) {
		const key = CUSTOMER_KEYS[layout];
		const fixture = fixtureOrders((c) => key(`C${String(c).padStart(5, '0')}`));
		files.set(`tests/fixtures/shops/${layout}.csv`, writeShopExport(layout, fixture));
		files.set(`static/samples/shops/${layout}.csv`, writeShopExport(layout, withKey(orders, key)));
	}
	return { files, orders: orders.length, dropped };
}
