// Not a shop system: any transactions file with an order status column whose words are known
// (English or Chinese, from every layout's vocabulary plus plain words). Recognised by the
// status column's values rather than by a header signature (see recogniseStatusColumn); the
// suggested roles are kept, only the status policy is added.
import { jdOrders } from './jdOrders';
import { posSales } from './posSales';
import { shopifyOrders } from './shopifyOrders';
import { taobaoItems } from './taobaoItems';
import { taobaoOrders } from './taobaoOrders';
import type { ExportLayout, OrderState } from './types';
import { wooCommerceOrders } from './wooCommerceOrders';
import { youzanOrders } from './youzanOrders';

const PLAIN: Record<string, OrderState> = {
	complete: 'completed',
	success: 'completed',
	successful: 'completed',
	shipped: 'completed',
	delivered: 'completed',
	fulfilled: 'completed',
	closed: 'cancelled',
	canceled: 'cancelled',
	cancelled: 'cancelled',
	returned: 'refunded',
	'partially refunded': 'partiallyRefunded',
	unpaid: 'pending',
	'awaiting payment': 'pending',
	已取消: 'cancelled',
	已关闭: 'cancelled',
	已退款: 'refunded',
	已发货: 'completed',
	已签收: 'completed',
	已付款: 'completed',
	未付款: 'pending'
};

export const genericOrders: ExportLayout = {
	id: 'genericOrders',
	name: { en: 'orders with a status column', zh: '带订单状态列的订单数据' },
	signatures: [],
	roles: {},
	status: [
		'status',
		'order status',
		'financial status',
		'payment status',
		'refund status',
		'订单状态',
		'交易状态',
		'退款状态',
		'单据状态',
		'状态'
	],
	cancelledWhenFilled: [],
	refund: ['refunded amount', 'refund amount', 'refunded', '退款金额', '已退款金额'],
	currency: ['currency', 'currency code', '币种', '货币'],
	linePrice: [],
	linePriceIs: 'lineTotal',
	rows: 'order',
	customerKey: 'id',
	statuses: Object.assign(
		{},
		...[
			shopifyOrders,
			wooCommerceOrders,
			taobaoOrders,
			taobaoItems,
			jdOrders,
			youzanOrders,
			posSales
		].map((l) => l.statuses),
		PLAIN
	)
};
