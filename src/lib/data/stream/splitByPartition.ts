// One block of validated rows → one smaller block per partition, each with only the labels its
// rows use. Counting sort by partition: no per-row objects.
import type { RowBlock } from './partitionBlock';
import { partitionOf } from './partitionOf';

/** Local codes for the labels a partition's rows use; `scratch` is -1 everywhere on return. */
function localize(
	codes: Int32Array,
	rowsOf: Int32Array,
	from: number,
	to: number,
	labels: string[],
	scratch: Int32Array
): { codes: Int32Array; labels: string[] } {
	const out = new Int32Array(to - from);
	const used: string[] = [];
	const seen: number[] = [];
	for (let j = from; j < to; j++) {
		const c = codes[rowsOf[j]];
		if (c < 0) {
			out[j - from] = -1;
			continue;
		}
		let local = scratch[c];
		if (local < 0) {
			local = used.push(labels[c]) - 1;
			scratch[c] = local;
			seen.push(c);
		}
		out[j - from] = local;
	}
	for (const c of seen) scratch[c] = -1;
	return { codes: out, labels: used };
}

/** Entry p holds partition p's rows, in file order (null when it has none). */
export function splitByPartition(block: RowBlock, k: number): (RowBlock | null)[] {
	const n = block.rows;
	const partOfLabel = new Int32Array(block.customerLabels.length);
	for (let c = 0; c < partOfLabel.length; c++)
		partOfLabel[c] = partitionOf(block.customerLabels[c], k);
	const start = new Int32Array(k + 1);
	for (let i = 0; i < n; i++) start[partOfLabel[block.customer[i]] + 1]++;
	for (let p = 0; p < k; p++) start[p + 1] += start[p];
	const fill = start.slice(0, k);
	const rowsOf = new Int32Array(n);
	for (let i = 0; i < n; i++) rowsOf[fill[partOfLabel[block.customer[i]]]++] = i;

	const custScratch = new Int32Array(block.customerLabels.length).fill(-1);
	const orderScratch = block.orderLabels ? new Int32Array(block.orderLabels.length).fill(-1) : null;
	const out: (RowBlock | null)[] = new Array(k).fill(null);
	for (let p = 0; p < k; p++) {
		const from = start[p];
		const to = start[p + 1];
		if (from === to) continue;
		const m = to - from;
		const cust = localize(block.customer, rowsOf, from, to, block.customerLabels, custScratch);
		const day = new Int32Array(m);
		const amount = block.amount ? new Float64Array(m) : null;
		for (let j = 0; j < m; j++) {
			const i = rowsOf[from + j];
			day[j] = block.day[i];
			if (amount && block.amount) amount[j] = block.amount[i];
		}
		const ord =
			block.order && block.orderLabels && orderScratch
				? localize(block.order, rowsOf, from, to, block.orderLabels, orderScratch)
				: null;
		out[p] = {
			rows: m,
			customerLabels: cust.labels,
			customer: cust.codes,
			day,
			amount,
			orderLabels: ord ? ord.labels : null,
			order: ord ? ord.codes : null
		};
	}
	return out;
}
