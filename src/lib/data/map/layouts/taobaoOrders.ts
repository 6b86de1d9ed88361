// 淘宝/天猫 卖家中心 → 已卖出的宝贝 → 批量导出 → 订单报表: one row per order, GB18030, 订单编号
// written as ="…" so Excel keeps all 19 digits. 买家实际支付金额 is what the buyer paid
// (总金额 is before discounts, with postage); 退款金额 what was refunded.
import type { ExportLayout } from './types';

export const taobaoOrders: ExportLayout = {
	id: 'taobaoOrders',
	name: { en: 'Taobao/Tmall order report', zh: '淘宝/天猫订单报表' },
	signatures: [['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '订单创建时间']],
	roles: {
		orderId: ['订单编号'],
		customerId: ['买家会员名'],
		date: ['订单创建时间'],
		amount: ['买家实际支付金额'],
		quantity: ['宝贝总数量'],
		category: ['宝贝标题'],
		channel: ['店铺名称']
	},
	status: ['订单状态'],
	cancelledWhenFilled: [],
	refund: ['退款金额'],
	currency: [],
	linePrice: [],
	linePriceIs: 'lineTotal',
	rows: 'order',
	customerKey: 'account',
	statuses: {
		交易成功: 'completed',
		'卖家已发货，等待买家确认': 'completed',
		'买家已付款，等待卖家发货': 'completed',
		等待买家付款: 'pending',
		交易关闭: 'cancelled',
		'付款以后用户退款成功，交易自动关闭': 'refunded'
	}
};
