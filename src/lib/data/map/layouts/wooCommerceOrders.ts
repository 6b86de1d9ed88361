// WooCommerce orders: the order CSV of the "Customer / Order CSV Export" extension (one row
// per line item with the order's fields repeated; billing email as the customer, since guests
// have customer_id 0), or the Analytics → Orders "Download" CSV (one row per order; the
// customer by name, Net Sales as the amount).
import type { ExportLayout } from './types';

export const wooCommerceOrders: ExportLayout = {
	id: 'wooCommerceOrders',
	name: { en: 'WooCommerce orders export', zh: 'WooCommerce 订单导出' },
	signatures: [
		['order_id', 'status', 'order_total', 'billing_email'],
		['Date', 'Order #', 'Status', 'Customer', 'Net Sales']
	],
	roles: {
		orderId: ['order_number', 'order_id', 'Order #'],
		customerId: ['billing_email', 'Customer'],
		date: ['date', 'order_date'],
		amount: ['order_total', 'Net Sales'],
		quantity: ['item_quantity', 'line_item_quantity', 'Items sold'],
		category: ['item_name', 'line_item_name', 'Product(s)'],
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
		'on hold': 'pending',
		'pending payment': 'pending',
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
