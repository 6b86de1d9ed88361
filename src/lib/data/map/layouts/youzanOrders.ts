// 有赞 商家后台 → 订单 → 导出 (订单商品明细): one row per item; the buyer is known by phone
// (买家手机号) or fan nickname; 订单实付金额 is the order's payment, 退款金额 what was refunded.
import type { ExportLayout } from './types';

export const youzanOrders: ExportLayout = {
	id: 'youzanOrders',
	name: { en: 'Youzan (有赞) order export', zh: '有赞订单导出' },
	signatures: [['订单号', '订单状态', '订单实付金额', '买家手机号']],
	roles: {
		orderId: ['订单号'],
		customerId: ['买家手机号'],
		date: ['订单创建时间', '下单时间'],
		amount: ['订单实付金额'],
		quantity: ['商品数量'],
		category: ['商品名称'],
		channel: ['订单来源']
	},
	status: ['订单状态', '退款状态'],
	cancelledWhenFilled: [],
	refund: ['退款金额', '已退款金额'],
	currency: [],
	linePrice: ['商品单价'],
	linePriceIs: 'unit',
	rows: 'line',
	customerKey: 'account',
	statuses: {
		交易成功: 'completed',
		已完成: 'completed',
		已发货: 'completed',
		待发货: 'completed',
		待付款: 'pending',
		待成团: 'pending',
		交易关闭: 'cancelled',
		已关闭: 'cancelled',
		退款成功: 'refunded',
		全额退款: 'refunded',
		部分退款: 'partiallyRefunded'
	}
};
