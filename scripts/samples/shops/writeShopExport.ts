// Writes orders as each shop system's export does: its headers, its status words, its order
// ids and dates, one row per order or per line item (order fields on the first row only, or
// repeated), its encoding. Used by makeShopSamples.ts for the test fixtures and the samples.
import iconv from 'iconv-lite';
import type { ShopLayoutId } from '../../../src/lib/data/map/layouts/types';
import { formatCsv } from '../formatCsv';
import { orderTotal, type ShopLine, type ShopOrder, type ShopState } from './shopOrder';

type Cell = (o: ShopOrder, line: ShopLine, k: number) => string | number;

interface ExportStyle {
	encoding: 'utf-8' | 'gb18030';
	rows: 'order' | 'firstRowOnly' | 'repeated';
	/** Header → cell; line-level cells are written on every row, the rest per `rows`. */
	columns: [string, Cell, 'order' | 'line'][];
}

const money = (n: number) => n.toFixed(2);
/** Taobao order numbers have 19 digits (why the export guards them with ="…"). */
const taobaoId = (n: string) => (n.length >= 19 ? n : `35${n.padStart(17, '0')}`);
/** JD order numbers have 12 digits. */
const jdId = (n: string) => (n.length >= 12 ? n : `2${n.padStart(11, '0')}`);
const blankIf0 = (n: number) => (n === 0 ? '' : money(n));
const words = (m: Record<ShopState, string>) => (o: ShopOrder) => m[o.state];
const ymdSlash = (day: string) => {
	const [y, m, d] = day.split('-');
	return `${y}/${Number(m)}/${Number(d)}`;
};

const STYLES: Record<ShopLayoutId, ExportStyle> = {
	shopifyOrders: {
		encoding: 'utf-8',
		rows: 'firstRowOnly',
		columns: [
			['Name', (o) => `#${o.number}`, 'line'],
			['Email', (o) => o.customer, 'order'],
			[
				'Financial Status',
				words({
					completed: 'paid',
					refunded: 'refunded',
					partiallyRefunded: 'partially_refunded',
					cancelled: 'voided',
					pending: 'pending'
				}),
				'order'
			],
			['Paid at', (o) => (o.state === 'pending' ? '' : `${o.day} ${o.time} +0800`), 'order'],
			[
				'Fulfillment Status',
				(o) => (o.state === 'completed' ? 'fulfilled' : 'unfulfilled'),
				'order'
			],
			['Currency', (o) => o.currency, 'order'],
			['Subtotal', (o) => money(orderTotal(o)), 'order'],
			['Shipping', () => '0.00', 'order'],
			['Taxes', () => '0.00', 'order'],
			['Total', (o) => money(orderTotal(o)), 'order'],
			['Created at', (o) => `${o.day} ${o.time} +0800`, 'order'],
			['Lineitem quantity', (_o, l) => l.qty, 'line'],
			['Lineitem name', (_o, l) => l.name, 'line'],
			['Lineitem price', (_o, l) => money(l.price), 'line'],
			['Cancelled at', (o) => (o.state === 'cancelled' ? `${o.day} ${o.time} +0800` : ''), 'order'],
			['Refunded Amount', (o) => blankIf0(o.refund), 'order'],
			['Id', (o) => `5${o.number.slice(-12).padStart(12, '0')}`, 'order'],
			['Source', () => 'web', 'order']
		]
	},
	wooCommerceOrders: {
		encoding: 'utf-8',
		rows: 'repeated',
		columns: [
			['order_id', (o) => o.number, 'line'],
			['order_number', (o) => o.number, 'line'],
			['date', (o) => `${o.day} ${o.time}`, 'order'],
			[
				'status',
				words({
					completed: 'completed',
					refunded: 'refunded',
					partiallyRefunded: 'completed',
					cancelled: 'cancelled',
					pending: 'pending'
				}),
				'order'
			],
			['order_total', (o) => money(orderTotal(o)), 'order'],
			['refunded_total', (o) => blankIf0(o.refund), 'order'],
			['order_currency', (o) => o.currency, 'order'],
			['payment_method', () => 'stripe', 'order'],
			['customer_id', () => '0', 'order'],
			['billing_email', (o) => o.customer, 'order'],
			['item_name', (_o, l) => l.name, 'line'],
			['item_quantity', (_o, l) => l.qty, 'line'],
			['item_total', (_o, l) => money(l.qty * l.price), 'line']
		]
	},
	taobaoOrders: {
		encoding: 'gb18030',
		rows: 'order',
		columns: [
			['订单编号', (o) => `="${taobaoId(o.number)}"`, 'order'],
			['买家会员名', (o) => o.customer, 'order'],
			['买家应付货款', (o) => money(orderTotal(o)), 'order'],
			['买家应付邮费', () => '0.00', 'order'],
			['总金额', (o) => money(orderTotal(o) + 10), 'order'],
			['买家实际支付金额', (o) => money(o.state === 'pending' ? 0 : orderTotal(o)), 'order'],
			[
				'订单状态',
				words({
					completed: '交易成功',
					refunded: '付款以后用户退款成功，交易自动关闭',
					partiallyRefunded: '交易成功',
					cancelled: '交易关闭',
					pending: '等待买家付款'
				}),
				'order'
			],
			['订单创建时间', (o) => `${o.day} ${o.time}`, 'order'],
			['订单付款时间', (o) => (o.state === 'pending' ? '' : `${o.day} ${o.time}`), 'order'],
			['宝贝标题', (o) => [...new Set(o.lines.map((l) => l.name))].join('，'), 'order'],
			['宝贝总数量', (o) => o.lines.reduce((s, l) => s + l.qty, 0), 'order'],
			['店铺名称', () => '教学旗舰店', 'order'],
			['退款金额', (o) => money(o.refund), 'order']
		]
	},
	taobaoItems: {
		encoding: 'gb18030',
		rows: 'firstRowOnly',
		columns: [
			['主订单编号', (o) => `="${taobaoId(o.number)}"`, 'line'],
			['子订单编号', (o, _l, k) => `="${taobaoId(o.number)}${k + 1}"`, 'line'],
			['买家会员名', (o) => o.customer, 'order'],
			['商品标题', (_o, l) => l.name, 'line'],
			['商品价格', (_o, l) => money(l.price), 'line'],
			['购买数量', (_o, l) => l.qty, 'line'],
			['买家实际支付金额', (o) => money(orderTotal(o)), 'order'],
			[
				'订单状态',
				words({
					completed: '交易成功',
					refunded: '付款以后用户退款成功，交易自动关闭',
					partiallyRefunded: '交易成功',
					cancelled: '交易关闭',
					pending: '等待买家付款'
				}),
				'order'
			],
			[
				'退款状态',
				(o, _l, k) => (o.state === 'partiallyRefunded' && k === 0 ? '退款成功' : '没有申请退款'),
				'line'
			],
			['退款金额', (o, _l, k) => (k === 0 ? blankIf0(o.refund) : ''), 'line'],
			['订单创建时间', (o) => `${o.day} ${o.time}`, 'order']
		]
	},
	jdOrders: {
		encoding: 'gb18030',
		rows: 'repeated',
		columns: [
			['订单号', (o) => jdId(o.number), 'line'],
			['商品ID', (_o, l) => String(100000 + l.name.length), 'line'],
			['商品名称', (_o, l) => l.name, 'line'],
			['订购数量', (_o, l) => l.qty, 'line'],
			['京东价', (_o, l) => money(l.price), 'line'],
			['订单金额', (o) => money(orderTotal(o)), 'order'],
			['应付金额', (o) => money(orderTotal(o)), 'order'],
			['退款金额', (o) => blankIf0(o.refund), 'order'],
			['下单时间', (o) => `${o.day} ${o.time}`, 'order'],
			[
				'订单状态',
				words({
					completed: '完成',
					refunded: '已退款',
					partiallyRefunded: '完成',
					cancelled: '已取消',
					pending: '等待付款'
				}),
				'order'
			],
			['下单帐号', (o) => o.customer, 'order'],
			['订单来源', () => '京东商城', 'order']
		]
	},
	youzanOrders: {
		encoding: 'utf-8',
		rows: 'firstRowOnly',
		columns: [
			['订单号', (o) => `E${o.day.replace(/-/g, '')}${o.number}`, 'line'],
			[
				'订单状态',
				words({
					completed: '交易成功',
					refunded: '交易成功',
					partiallyRefunded: '交易成功',
					cancelled: '交易关闭',
					pending: '待付款'
				}),
				'order'
			],
			[
				'退款状态',
				words({
					completed: '',
					refunded: '全额退款',
					partiallyRefunded: '部分退款',
					cancelled: '',
					pending: ''
				}),
				'order'
			],
			['退款金额', (o) => blankIf0(o.refund), 'order'],
			['订单创建时间', (o) => `${o.day} ${o.time}`, 'order'],
			['商品名称', (_o, l) => l.name, 'line'],
			['商品单价', (_o, l) => money(l.price), 'line'],
			['商品数量', (_o, l) => l.qty, 'line'],
			['订单实付金额', (o) => money(orderTotal(o)), 'order'],
			['买家手机号', (o) => `'${o.customer}`, 'order'],
			['订单来源', () => '微商城', 'order']
		]
	},
	posSales: {
		encoding: 'utf-8',
		rows: 'repeated',
		columns: [
			['Receipt No', (o) => `R${o.number}`, 'line'],
			['Sale Time', (o) => `${ymdSlash(o.day)} ${o.time}`, 'order'],
			['Member No', (o) => o.customer, 'order'],
			['Store', () => 'Main St', 'order'],
			['Item Name', (_o, l) => l.name, 'line'],
			['Category', (_o, l) => l.name, 'line'],
			['Qty', (_o, l) => l.qty, 'line'],
			['Line Amount', (_o, l) => money(l.qty * l.price), 'line'],
			[
				'Status',
				words({
					completed: 'Completed',
					refunded: 'Returned',
					partiallyRefunded: 'Completed',
					cancelled: 'Voided',
					pending: 'Suspended'
				}),
				'order'
			],
			['Refund Amount', (o) => blankIf0(o.refund), 'order'],
			['Currency', (o) => o.currency, 'order']
		]
	}
};

/** The header and rows of the export (strings), before encoding. */
export function shopExportTable(layout: ShopLayoutId, orders: ShopOrder[]): string[][] {
	const style = STYLES[layout];
	const out: string[][] = [style.columns.map(([h]) => h)];
	for (const o of orders) {
		const lines = style.rows === 'order' ? [o.lines[0]] : o.lines;
		lines.forEach((line, k) => {
			out.push(
				style.columns.map(([, cell, level]) =>
					level === 'order' && k > 0 && style.rows === 'firstRowOnly'
						? ''
						: String(cell(o, line, k))
				)
			);
		});
	}
	return out;
}

/** The export's bytes as the shop system writes them (CRLF; GB18030 for the Chinese back ends). */
export function writeShopExport(layout: ShopLayoutId, orders: ShopOrder[]): Uint8Array {
	const text = formatCsv(shopExportTable(layout, orders), '\r\n');
	const style = STYLES[layout];
	return style.encoding === 'gb18030'
		? new Uint8Array(iconv.encode(text, 'gb18030'))
		: new TextEncoder().encode(text);
}
