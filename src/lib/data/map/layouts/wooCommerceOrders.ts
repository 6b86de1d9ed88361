// WooCommerce order CSV (the "Customer / Order CSV Export" column names, one row per line
// item with the order's fields repeated): wc statuses, billing email as the customer when
// the order was placed as a guest (customer_id 0).
import type { ExportLayout } from './types';

export const wooCommerceOrders: ExportLayout = {
	id: 'wooCommerceOrders',
	name: { en: 'WooCommerce orders export', zh: 'WooCommerce 订单导出' },
	signatures: [['order_id', 'status', 'order_total', 'billing_email']],
	roles: {
		orderId: ['order_number', 'order_id'],
		customerId: ['billing_email'],
		date: ['date', 'order_date'],
		amount: ['order_total'],
		quantity: ['item_quantity', 'line_item_quantity'],
		category: ['item_name', 'line_item_name'],
		channel: ['payment_method']
	},
	status: ['status'],
	cancelledWhenFilled: [],
	refund: ['refunded_total', 'order_refund'],
	currency: ['order_currency', 'currency'],
	linePrice: ['item_total', 'line_item_total'],
	linePriceIs: 'lineTotal',
	rows: 'line',
	customerKey: 'email',
	statuses: {
		completed: 'completed',
		'wc-completed': 'completed',
		processing: 'completed',
		'wc-processing': 'completed',
		'on-hold': 'pending',
		'wc-on-hold': 'pending',
		pending: 'pending',
		'wc-pending': 'pending',
		cancelled: 'cancelled',
		'wc-cancelled': 'cancelled',
		failed: 'cancelled',
		'wc-failed': 'cancelled',
		refunded: 'refunded',
		'wc-refunded': 'refunded'
	}
};
