// Writes the shop-export test fixtures (tests/fixtures/shops/) and teaching samples
// (static/samples/shops/): the same orders in every recognised layout. Deterministic.
//   npx tsx scripts/makeShopSamples.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { LayoutId } from '../src/lib/data/map/layouts/types';
import { fixtureOrders } from './samples/shops/fixtureOrders';
import { parseRetail, retailOrders } from './samples/shops/retailOrders';
import type { ShopOrder } from './samples/shops/shopOrder';
import { writeShopExport } from './samples/shops/writeShopExport';

/** How each system names a customer: e-mail, buyer account, phone or member number. */
export const CUSTOMER_KEYS: Record<LayoutId, (id: string) => string> = {
	shopifyOrders: (id) => `${id.toLowerCase()}@example.com`,
	wooCommerceOrders: (id) => `${id.toLowerCase()}@example.com`,
	taobaoOrders: (id) => `tb_${id.toLowerCase()}`,
	taobaoItems: (id) => `tb_${id.toLowerCase()}`,
	jdOrders: (id) => `jd_${id.toLowerCase()}`,
	youzanOrders: (id) => `138${id.replace(/\D/g, '').padStart(8, '0')}`,
	posSales: (id) => id
};

export const SAMPLE_CUSTOMERS = 15;

const layouts = Object.keys(CUSTOMER_KEYS) as LayoutId[];
const withKey = (orders: ShopOrder[], key: (id: string) => string) =>
	orders.map((o) => ({ ...o, customer: key(o.customer) }));

mkdirSync('tests/fixtures/shops', { recursive: true });
mkdirSync('static/samples/shops', { recursive: true });
const retail = parseRetail(readFileSync('static/samples/retail/transactions.csv', 'utf8'));
const customers = new Set(
	Array.from({ length: SAMPLE_CUSTOMERS }, (_, i) => `C${String(i + 1).padStart(5, '0')}`)
);
const { orders, dropped } = retailOrders(retail, customers);
for (const layout of layouts) {
	const key = CUSTOMER_KEYS[layout];
	const fixture = fixtureOrders((c) => key(`C${String(c).padStart(5, '0')}`));
	writeFileSync(`tests/fixtures/shops/${layout}.csv`, writeShopExport(layout, fixture));
	writeFileSync(
		`static/samples/shops/${layout}.csv`,
		writeShopExport(layout, withKey(orders, key))
	);
}
console.log(`${orders.length} orders in each sample; ${dropped} returns without an order left out`);
