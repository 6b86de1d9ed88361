// 淘宝/天猫 订单明细 (the item-level report): one row per sub-order (子订单) under its 主订单编号,
// with the buyer, the order's payment and status repeated or on the first row only; each line
// has its own 商品标题, 购买数量, 商品价格 and 退款状态.
import type { ExportLayout } from './types';

export const taobaoItems: ExportLayout = {
	id: 'taobaoItems',
	name: { en: 'Taobao/Tmall item-level order report', zh: '淘宝/天猫订单明细报表' },
	signatures: [['主订单编号', '子订单编号', '买家会员名', '订单状态']],
	roles: {
		orderId: ['主订单编号'],
		customerId: ['买家会员名'],
		date: ['订单创建时间'],
		amount: ['买家实际支付金额'],
		quantity: ['购买数量'],
		category: ['商品标题', '标题']
	},
	status: ['订单状态', '退款状态'],
	cancelledWhenFilled: [],
	refund: ['退款金额'],
	currency: [],
	linePrice: ['商品价格', '价格'],
	linePriceIs: 'unit',
	rows: 'line',
	customerKey: 'account',
	statuses: {
		交易成功: 'completed',
		'卖家已发货，等待买家确认': 'completed',
		'买家已付款，等待卖家发货': 'completed',
		等待买家付款: 'pending',
		交易关闭: 'cancelled',
		'付款以后用户退款成功，交易自动关闭': 'refunded',
		退款成功: 'partiallyRefunded',
		没有申请退款: 'completed',
		退款关闭: 'completed'
	}
};
