// Rows of a shop export → purchases, one order at a time: line items folded under their
// order (order fields taken from whichever row has them — exports fill them on the first row
// only), statuses read through the layout's vocabulary and the status policy applied, the
// customer key normalised, spreadsheet guards unwrapped. What comes out are rows in the file's
// own column layout, one per kept line with the order's amount spread over its lines, plus a
// return row per netted refund — so the ordinary validation reads them like any file.
import { layoutById } from '../map/layouts/exportLayouts';
import {
	ORDER_STATES,
	type LayoutMapping,
	type OrderState,
	type StatusPolicy
} from '../map/layouts/types';
import type { Mapping } from '../map/types';
import { parseNumber, type DecimalMark } from '../values/parseNumber';
import { dateOffset } from './dateOffset';
import type { OrderReport } from './types';
import { unwrapCell } from './unwrapCell';

export interface SourceRow {
	cells: string[];
	/** 1-based record number in the file. */
	line: number;
}

interface Line {
	row: string[];
	value: number;
	refunded: boolean;
}

interface Order {
	line: number;
	cells: string[];
	lines: Line[];
	states: OrderState[];
	cancelFlag: boolean;
}

/** Gravest first: an order both paid and cancelled is cancelled. */
const GRAVITY: OrderState[] = [
	'cancelled',
	'pending',
	'refunded',
	'partiallyRefunded',
	'unknown',
	'completed'
];

function money(n: number): string {
	return String(Math.round(n * 100) / 100);
}

export function foldOrders(
	source: SourceRow[],
	mapping: Mapping,
	layoutMapping: LayoutMapping
): { rows: SourceRow[]; report: OrderReport } {
	const layout = layoutById(layoutMapping.id);
	const policy: StatusPolicy = layoutMapping.policy;
	const col = (role: string) => mapping.columns.find((c) => c.role === role)?.index ?? -1;
	const decimalOf = (i: number): DecimalMark =>
		mapping.columns.find((c) => c.index === i)?.decimal ?? '.';
	const iOrder = col('orderId');
	const iCustomer = col('customerId');
	const iDate = col('date');
	const iAmount = col('amount');
	const iQuantity = col('quantity');
	const iCategory = col('category');
	const lineLevel = new Set([iQuantity, iCategory, layoutMapping.linePrice ?? -1]);
	const vocabulary = new Map(Object.entries(layout.statuses));
	const report: OrderReport = {
		layout: layout.id,
		lines: 0,
		orders: 0,
		kept: 0,
		byState: Object.fromEntries(ORDER_STATES.map((s) => [s, 0])) as Record<OrderState, number>,
		policy: { ...policy },
		removed: { cancelled: 0, pending: 0, otherCurrency: 0 },
		refunds: { orders: 0, amount: 0 },
		amountFrom: { orderTotal: 0, lineSum: 0, none: 0 },
		customerKey: layout.customerKey,
		idsNormalised: 0,
		unwrapped: 0,
		offsets: [],
		currency: { main: null, others: [] },
		unknownStatuses: []
	};
	const unknown = new Set<string>();
	const offsets = new Set<string>();
	const num = (text: string, i: number) =>
		text === '' ? NaN : parseNumber(text, i >= 0 ? decimalOf(i) : '.');

	// 1. Group rows into orders, in the order they first appear.
	const orders = new Map<string, Order>();
	let previous: Order | null = null;
	for (const { cells: raw, line } of source) {
		report.lines++;
		const cells = raw.map((c) => {
			const u = unwrapCell(c ?? '');
			if (u.guarded) report.unwrapped++;
			return u.value;
		});
		const id = iOrder >= 0 ? cells[iOrder] : '';
		let order: Order | undefined;
		if (id !== '') order = orders.get(id);
		// A row without an order id continues the order above it in a line-item export.
		else if (layout.rows === 'line' && iOrder >= 0 && previous) order = previous;
		if (!order) {
			order = { line, cells: cells.slice(), lines: [], states: [], cancelFlag: false };
			orders.set(id !== '' ? id : `\u0000${line}`, order);
		} else {
			// Order-level fields from whichever row has them.
			for (let i = 0; i < cells.length; i++)
				if (!lineLevel.has(i) && (order.cells[i] ?? '') === '' && cells[i] !== '')
					order.cells[i] = cells[i];
		}
		previous = order;
		let lineState: OrderState | null = null;
		for (const s of layoutMapping.status) {
			const word = (cells[s] ?? '').trim().toLowerCase();
			if (word === '') continue;
			const state = vocabulary.get(word) ?? 'unknown';
			if (state === 'unknown') unknown.add(cells[s].trim());
			order.states.push(state);
			if (state === 'refunded' || state === 'partiallyRefunded') lineState = state;
		}
		for (const c of layoutMapping.cancelledWhenFilled) if (cells[c]) order.cancelFlag = true;
		let value = NaN;
		if (layoutMapping.linePrice !== null) {
			const price = num(cells[layoutMapping.linePrice] ?? '', layoutMapping.linePrice);
			const qty = iQuantity >= 0 ? num(cells[iQuantity] ?? '', iQuantity) : NaN;
			value = layout.linePriceIs === 'unit' && !Number.isNaN(qty) ? price * qty : price;
		}
		order.lines.push({ row: cells, value, refunded: lineState !== null });
	}
	report.orders = orders.size;

	// An amount column whose cells differ within one order holds the lines' own amounts (some
	// templates write each sub-order's payment): then every order's amount is its rows' sum.
	const amountPerLine =
		iAmount >= 0 &&
		iAmount !== layoutMapping.linePrice &&
		[...orders.values()].some((o) => {
			const seen = new Set(o.lines.map((l) => l.row[iAmount] ?? '').filter((a) => a !== ''));
			return seen.size > 1;
		});
	if (amountPerLine)
		for (const o of orders.values())
			for (const l of o.lines) l.value = num(l.row[iAmount] ?? '', iAmount);

	// 2. State, amount and currency per order.
	interface Judged {
		order: Order;
		state: OrderState;
		total: number;
		refund: number;
		currency: string;
	}
	const judged: Judged[] = [];
	const byCurrency = new Map<string, { orders: number; amount: number }>();
	for (const order of orders.values()) {
		let state: OrderState = GRAVITY.find((g) => order.states.includes(g)) ?? 'completed';
		if (order.cancelFlag) state = 'cancelled';
		// An amount column that is the line price itself holds no order total.
		let total =
			iAmount >= 0 && iAmount !== layoutMapping.linePrice && !amountPerLine
				? num(order.cells[iAmount] ?? '', iAmount)
				: NaN;
		const lineSum = order.lines.reduce((s, l) => s + (Number.isNaN(l.value) ? 0 : l.value), 0);
		const anyLineValue = order.lines.some((l) => !Number.isNaN(l.value));
		if (Number.isNaN(total) && anyLineValue) {
			total = lineSum;
			report.amountFrom.lineSum++;
		} else if (Number.isNaN(total)) report.amountFrom.none++;
		else report.amountFrom.orderTotal++;
		let refund =
			layoutMapping.refund !== null
				? num(order.cells[layoutMapping.refund] ?? '', layoutMapping.refund)
				: NaN;
		if (Number.isNaN(refund)) refund = 0;
		if (refund === 0 && (state === 'refunded' || state === 'partiallyRefunded')) {
			// No refunded amount written: a full refund is the order, a partial one its refunded lines.
			const refundedLines = order.lines.reduce(
				(s, l) => s + (l.refunded && !Number.isNaN(l.value) ? l.value : 0),
				0
			);
			refund = state === 'refunded' ? total : refundedLines;
		}
		if (refund > 0 && (state === 'completed' || state === 'unknown'))
			state = refund >= total ? 'refunded' : 'partiallyRefunded';
		report.byState[state]++;
		const currency =
			layoutMapping.currency !== null ? (order.cells[layoutMapping.currency] ?? '').trim() : '';
		judged.push({ order, state, total, refund, currency });
	}

	// 3. The status policy and the currency: what is left is counted.
	const counted = judged.filter((j) => {
		if (j.state === 'cancelled' && policy.cancelled === 'exclude') {
			report.removed.cancelled++;
			return false;
		}
		if (j.state === 'pending' && policy.pending === 'exclude') {
			report.removed.pending++;
			return false;
		}
		if (j.currency !== '') {
			const c = byCurrency.get(j.currency) ?? { orders: 0, amount: 0 };
			c.orders++;
			c.amount += Number.isNaN(j.total) ? 0 : j.total;
			byCurrency.set(j.currency, c);
		}
		return true;
	});
	let main: string | null = null;
	for (const [code, c] of byCurrency)
		if (main === null || c.orders > (byCurrency.get(main)?.orders ?? 0)) main = code;
	report.currency.main = main;
	for (const [code, c] of byCurrency)
		if (code !== main)
			report.currency.others.push({
				code,
				orders: c.orders,
				amount: Math.round(c.amount * 100) / 100
			});

	// 4. Rows out: the order's lines with its amount spread over them, then a netted refund.
	const rows: SourceRow[] = [];
	let sawEmail = false;
	for (const j of counted) {
		if (main !== null && j.currency !== '' && j.currency !== main) {
			report.removed.otherCurrency++;
			continue;
		}
		report.kept++;
		const { order } = j;
		if (iCustomer >= 0) {
			const raw = order.cells[iCustomer] ?? '';
			const email = raw.includes('@');
			if (email) sawEmail = true;
			const key = email ? raw.trim().toLowerCase() : raw.trim();
			if (key !== raw) report.idsNormalised++;
			order.cells[iCustomer] = key;
		}
		if (iDate >= 0) {
			const offset = dateOffset(order.cells[iDate] ?? '');
			if (offset) offsets.add(offset);
		}
		const shares = spread(
			j.total,
			order.lines.map((l) => l.value)
		);
		order.lines.forEach((l, k) => {
			const cells = order.cells.slice();
			if (iCategory >= 0) cells[iCategory] = l.row[iCategory] ?? '';
			if (iQuantity >= 0) {
				const q = num(l.row[iQuantity] ?? '', iQuantity);
				cells[iQuantity] = Number.isNaN(q) ? '' : String(q);
			}
			if (iAmount >= 0) cells[iAmount] = Number.isNaN(shares[k]) ? '' : money(shares[k]);
			rows.push({ cells, line: order.line });
		});
		if (j.refund > 0) {
			report.refunds.orders++;
			report.refunds.amount += j.refund;
			if (policy.refunds === 'net' && iAmount >= 0) {
				const cells = order.cells.slice();
				cells[iAmount] = money(-j.refund);
				if (iQuantity >= 0) cells[iQuantity] = '';
				rows.push({ cells, line: order.line });
			}
		}
	}
	report.refunds.amount = Math.round(report.refunds.amount * 100) / 100;
	// An export that names customers by e-mail in one template may name them otherwise in another.
	if (report.customerKey === 'email' && !sawEmail) report.customerKey = 'id';
	report.offsets = [...offsets].sort();
	report.unknownStatuses = [...unknown].slice(0, 20);
	return { rows, report };
}

/**
 * An order's total over its lines in proportion to their values, in cents, the rounding left
 * on the last line so the lines add up to the total exactly; all on the first line when the
 * lines have no values.
 */
export function spread(total: number, values: number[]): number[] {
	const out = values.map(() => 0);
	if (Number.isNaN(total)) return values.map(() => NaN);
	const sum = values.reduce((s, v) => s + (Number.isNaN(v) || v < 0 ? 0 : v), 0);
	if (values.length <= 1 || !(sum > 0)) {
		out[0] = total;
		return out;
	}
	const cents = Math.round(total * 100);
	let given = 0;
	for (let k = 0; k < values.length - 1; k++) {
		const v = Number.isNaN(values[k]) || values[k] < 0 ? 0 : values[k];
		const c = Math.round((cents * v) / sum);
		out[k] = c / 100;
		given += c;
	}
	out[values.length - 1] = (cents - given) / 100;
	return out;
}
