import { describe, expect, it } from 'vitest';
import { recogniseLayout } from './recogniseLayout';

describe('recogniseLayout', () => {
	const cases: { headers: string[]; id: string | null; roles?: Record<string, string> }[] = [
		{
			headers: [
				'Name',
				'Email',
				'Financial Status',
				'Total',
				'Created at',
				'Lineitem name',
				'Lineitem quantity',
				'Shipping',
				'Paid at',
				'Id'
			],
			id: 'shopifyOrders',
			// Not Id as the customer, not Shipping as the quantity, not Paid at as the date.
			roles: {
				Name: 'orderId',
				Email: 'customerId',
				'Created at': 'date',
				Total: 'amount',
				'Lineitem quantity': 'quantity',
				Id: 'ignore',
				Shipping: 'ignore',
				'Paid at': 'ignore'
			}
		},
		{
			headers: [
				'订单编号',
				'买家会员名',
				'买家应付邮费',
				'总金额',
				'买家实际支付金额',
				'订单状态',
				'订单创建时间'
			],
			id: 'taobaoOrders',
			roles: {
				买家实际支付金额: 'amount',
				总金额: 'ignore',
				买家应付邮费: 'ignore',
				买家会员名: 'customerId'
			}
		},
		{
			headers: ['主订单编号', '子订单编号', '买家会员名', '订单状态', '商品价格'],
			id: 'taobaoItems'
		},
		{ headers: ['订单号', '下单帐号', '订单状态', '下单时间', '应付金额'], id: 'jdOrders' },
		{ headers: ['订单号', '订单状态', '订单实付金额', '买家手机号'], id: 'youzanOrders' },
		{
			headers: ['order_id', 'status', 'order_total', 'billing_email', 'date'],
			id: 'wooCommerceOrders'
		},
		{
			headers: ['单据编号', '会员卡号', '销售时间', '金额', '数量'],
			id: 'posSales',
			// No receipt total: the line amounts are summed.
			roles: { 金额: 'amount', 数量: 'quantity' }
		},
		{
			// WooCommerce Analytics → Orders → Download.
			headers: [
				'Date',
				'Order #',
				'Status',
				'Customer',
				'Customer type',
				'Product(s)',
				'Items sold',
				'Coupon(s)',
				'Net Sales'
			],
			id: 'wooCommerceOrders',
			roles: {
				'Order #': 'orderId',
				Customer: 'customerId',
				'Net Sales': 'amount',
				'Items sold': 'quantity',
				Date: 'date'
			}
		},
		{ headers: ['order_id', 'customer_id', 'date', 'amount', 'category', 'channel'], id: null },
		{ headers: ['Name', 'Email', 'Total'], id: null }
	];
	it.each(cases)('$id', ({ headers, id, roles }) => {
		const r = recogniseLayout(headers);
		expect(r?.layout.id ?? null).toBe(id);
		for (const [h, role] of Object.entries(roles ?? {}))
			expect(r?.roles[headers.indexOf(h)]).toBe(role);
	});
});
