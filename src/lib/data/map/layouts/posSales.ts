// A generic ERP/POS sales export (receipt lines): the receipt number groups lines, the member
// card identifies the customer, the receipt total is on every line or the first only; in
// English or Chinese headers as ERP systems (管家婆, 金蝶, Square-like POS) write them.
import type { ExportLayout } from './types';

export const posSales: ExportLayout = {
	id: 'posSales',
	name: { en: 'ERP/POS sales export', zh: 'ERP/收银销售导出' },
	signatures: [
		['Receipt No', 'Member No', 'Sale Time', 'Line Amount'],
		['单据编号', '会员卡号', '销售时间', '金额']
	],
	roles: {
		orderId: ['Receipt No', '单据编号'],
		customerId: ['Member No', '会员卡号'],
		date: ['Sale Time', '销售时间'],
		amount: ['Receipt Total', '单据合计'],
		quantity: ['Qty', '数量'],
		category: ['Category', '商品类别'],
		channel: ['Store', '门店']
	},
	status: ['Status', '单据状态'],
	cancelledWhenFilled: [],
	refund: ['Refund Amount', '退货金额'],
	currency: ['Currency', '币种'],
	linePrice: ['Line Amount', '金额'],
	linePriceIs: 'lineTotal',
	rows: 'line',
	customerKey: 'id',
	statuses: {
		completed: 'completed',
		paid: 'completed',
		voided: 'cancelled',
		void: 'cancelled',
		suspended: 'pending',
		returned: 'refunded',
		已完成: 'completed',
		已结账: 'completed',
		已作废: 'cancelled',
		作废: 'cancelled',
		挂单: 'pending',
		已退货: 'refunded',
		部分退货: 'partiallyRefunded'
	}
};
