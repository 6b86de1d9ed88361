// 京东 商家后台 → 订单管理 → 订单导出: one row per item (商品) with the order's fields repeated;
// the buyer is 下单帐号 (the JD account), 应付金额 what the order costs the buyer.
import type { ExportLayout } from './types';

export const jdOrders: ExportLayout = {
	id: 'jdOrders',
	name: { en: 'JD (京东) order export', zh: '京东订单导出' },
	signatures: [['订单号', '下单帐号', '订单状态', '下单时间', '应付金额']],
	roles: {
		orderId: ['订单号'],
		customerId: ['下单帐号'],
		date: ['下单时间'],
		amount: ['应付金额'],
		quantity: ['订购数量'],
		category: ['商品名称'],
		channel: ['订单来源']
	},
	status: ['订单状态'],
	cancelledWhenFilled: [],
	refund: ['退款金额'],
	currency: [],
	linePrice: ['京东价'],
	linePriceIs: 'unit',
	rows: 'line',
	customerKey: 'account',
	statuses: {
		完成: 'completed',
		已完成: 'completed',
		等待确认收货: 'completed',
		等待出库: 'completed',
		等待付款: 'pending',
		锁定: 'pending',
		已取消: 'cancelled',
		取消: 'cancelled',
		删除: 'cancelled',
		已退款: 'refunded'
	}
};
