// Validated rows → per-partition blocks → temp-file bytes → the engine's table: every row comes
// back, each customer's rows in one partition and in file order (checked against the hand list).
import { describe, expect, it } from 'vitest';
import { encodeBlock, readBlocks, scanBlocks, type RowBlock } from './partitionBlock';
import { partitionOf } from './partitionOf';
import { splitByPartition } from './splitByPartition';
import { tableFromBlocks } from './tableFromBlocks';

// Two batches of a file, written by hand: C1 appears in both, 客3 needs UTF-8, one order id missing.
const batch1: RowBlock = {
	rows: 5,
	customerLabels: ['C1', 'C2', '客3'],
	customer: Int32Array.of(0, 1, 0, 2, 1),
	day: Int32Array.of(10, 11, 12, 13, 14),
	amount: Float64Array.of(1.5, -2, 3, 4.25, 0),
	orderLabels: ['O1', 'O2', 'O3'],
	order: Int32Array.of(0, -1, 1, 2, 1)
};
const batch2: RowBlock = {
	rows: 2,
	customerLabels: ['C4', 'C1'],
	customer: Int32Array.of(1, 0),
	day: Int32Array.of(20, 21),
	amount: Float64Array.of(7, 8),
	orderLabels: ['O1', 'O9'],
	order: Int32Array.of(0, 1)
};

/** Rows of a block as [customer, day, amount, order] tuples, in order. */
function tuples(
	b: {
		length?: number;
		rows?: number;
		customer: Int32Array;
		day: Int32Array;
		amount: Float64Array | null;
	},
	ids: string[],
	order: Int32Array | null,
	orderLabels: string[] | null
) {
	const n = b.customer.length;
	return Array.from({ length: n }, (_, i) => [
		ids[b.customer[i]],
		b.day[i],
		b.amount ? b.amount[i] : null,
		order && orderLabels && order[i] >= 0 ? orderLabels[order[i]] : null
	]);
}

describe('partition blocks', () => {
	it('encode → read gives the block back', () => {
		const bytes = encodeBlock(batch1);
		expect(bytes.length % 8).toBe(0);
		const got: RowBlock[] = [];
		readBlocks(bytes, (b) => got.push(b));
		expect(got).toEqual([batch1]);
		expect(scanBlocks(bytes)).toEqual({ rows: 5, hasAmount: true, hasOrder: true });
	});

	it('reads columns from an unaligned buffer and without amount or order', () => {
		const plain: RowBlock = { ...batch2, amount: null, orderLabels: null, order: null };
		const enc = encodeBlock(plain);
		const shifted = new Uint8Array(enc.length + 3).subarray(3);
		shifted.set(enc);
		const got: RowBlock[] = [];
		readBlocks(shifted, (b) => got.push(b));
		expect(got).toEqual([plain]);
	});

	it.each([1, 2, 3, 7])('k = %i: each customer in one partition, rows in file order', (k) => {
		const files: Uint8Array[][] = Array.from({ length: k }, () => []);
		for (const batch of [batch1, batch2])
			splitByPartition(batch, k).forEach((b, p) => b && files[p].push(encodeBlock(b)));
		// Expected by hand: the seven rows, each in the partition of its id, in file order.
		const all = [
			...tuples(batch1, batch1.customerLabels, batch1.order, batch1.orderLabels),
			...tuples(batch2, batch2.customerLabels, batch2.order, batch2.orderLabels)
		];
		let seen = 0;
		for (let p = 0; p < k; p++) {
			const bytes = new Uint8Array(files[p].reduce((s, b) => s + b.length, 0));
			let at = 0;
			for (const b of files[p]) {
				bytes.set(b, at);
				at += b.length;
			}
			const tx = tableFromBlocks(bytes);
			const mine = all.filter((r) => partitionOf(r[0] as string, k) === p);
			expect(tuples(tx, tx.customerIds, tx.order?.codes ?? null, tx.order?.labels ?? null)).toEqual(
				mine
			);
			// Ids are distinct within the table: C1 from both batches shares one code.
			expect(new Set(tx.customerIds).size).toBe(tx.customerIds.length);
			seen += tx.length;
		}
		expect(seen).toBe(7);
	});
});
