// Every known export layout, most specific first: recognition takes the first whose signature
// the headers contain (the item-level Taobao report before the order-level one, JD before
// Youzan since both name 订单号).
import { genericOrders } from './genericOrders';
import { jdOrders } from './jdOrders';
import { posSales } from './posSales';
import { shopifyOrders } from './shopifyOrders';
import { taobaoItems } from './taobaoItems';
import { taobaoOrders } from './taobaoOrders';
import type { ExportLayout, LayoutId } from './types';
import { wooCommerceOrders } from './wooCommerceOrders';
import { youzanOrders } from './youzanOrders';

export const EXPORT_LAYOUTS: ExportLayout[] = [
	shopifyOrders,
	wooCommerceOrders,
	taobaoItems,
	taobaoOrders,
	jdOrders,
	youzanOrders,
	posSales
];

export function layoutById(id: LayoutId): ExportLayout {
	if (id === 'genericOrders') return genericOrders;
	const layout = EXPORT_LAYOUTS.find((l) => l.id === id);
	if (!layout) throw new Error(`unknown export layout ${id}`);
	return layout;
}
