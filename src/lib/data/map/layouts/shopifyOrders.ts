// Shopify admin → Orders → Export (CSV for Excel or plain CSV): one row per line item; order
// fields (Email, Financial Status, Paid at, Total, …) only on an order's first row. `Name`
// is the order number (#1001), `Id` Shopify's numeric order id — not a customer.
import type { ExportLayout } from './types';

export const shopifyOrders: ExportLayout = {
	id: 'shopifyOrders',
	name: { en: 'Shopify orders export', zh: 'Shopify 订单导出' },
	signatures: [['Name', 'Email', 'Financial Status', 'Lineitem name', 'Total', 'Created at']],
	roles: {
		orderId: ['Name'],
		customerId: ['Email'],
		date: ['Created at'],
		amount: ['Total'],
		quantity: ['Lineitem quantity'],
		category: ['Lineitem name'],
		channel: ['Source']
	},
	status: ['Financial Status'],
	cancelledWhenFilled: ['Cancelled at'],
	refund: ['Refunded Amount'],
	currency: ['Currency'],
	linePrice: ['Lineitem price'],
	linePriceIs: 'unit',
	rows: 'line',
	customerKey: 'email',
	statuses: {
		paid: 'completed',
		partially_paid: 'pending',
		'partially paid': 'pending',
		authorized: 'pending',
		pending: 'pending',
		expired: 'cancelled',
		voided: 'cancelled',
		refunded: 'refunded',
		partially_refunded: 'partiallyRefunded',
		'partially refunded': 'partiallyRefunded'
	}
};
