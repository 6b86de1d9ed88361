// One partition's blocks → the TransactionTable every engine function reads. Labels are merged
// through the import's Dictionary, so customer ids keep the order of their first appearance.
import type { TransactionTable } from '../../analytics/types';
import { Dictionary } from '../validate/Dictionary';
import { readBlocks, scanBlocks } from './partitionBlock';

function remap(labels: string[], dict: Dictionary): Int32Array {
	const codes = new Int32Array(labels.length);
	for (let i = 0; i < labels.length; i++) codes[i] = dict.code(labels[i]);
	return codes;
}

export function tableFromBlocks(bytes: Uint8Array): TransactionTable {
	const { rows, hasAmount, hasOrder } = scanBlocks(bytes);
	const customer = new Int32Array(rows);
	const day = new Int32Array(rows);
	const amount = hasAmount ? new Float64Array(rows) : null;
	const orderCodes = hasOrder ? new Int32Array(rows) : null;
	const customers = new Dictionary();
	const orders = hasOrder ? new Dictionary() : null;
	let at = 0;
	readBlocks(bytes, (b) => {
		const cmap = remap(b.customerLabels, customers);
		for (let i = 0; i < b.rows; i++) customer[at + i] = cmap[b.customer[i]];
		day.set(b.day, at);
		if (amount && b.amount) amount.set(b.amount, at);
		if (orderCodes && orders && b.order && b.orderLabels) {
			const omap = remap(b.orderLabels, orders);
			for (let i = 0; i < b.rows; i++) {
				const o = b.order[i];
				orderCodes[at + i] = o < 0 ? -1 : omap[o];
			}
		}
		at += b.rows;
	});
	return {
		length: rows,
		customer,
		customerIds: customers.labels,
		day,
		amount,
		order: orders && orderCodes ? { codes: orderCodes, labels: orders.labels } : null
	};
}
