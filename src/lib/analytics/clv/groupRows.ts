// Collapses customers with identical summary rows into weighted rows. CDNOW's 23,570 customers
// have far fewer distinct (x, t_x, T), so every likelihood evaluation loops over less.
import type { SpendRows, TransactionRows } from './clvTypes';

/** Lexicographic unique rows of the given columns over the included indices, with counts. */
function uniqueRows(columns: Float64Array[], include: (i: number) => boolean, n: number) {
	const idx: number[] = [];
	for (let i = 0; i < n; i++) if (include(i)) idx.push(i);
	const [c0, c1] = columns;
	const c2 = columns[2] ?? c1;
	idx.sort((p, q) => c0[p] - c0[q] || c1[p] - c1[q] || c2[p] - c2[q]);
	const groupOf = new Int32Array(n).fill(-1);
	const reps: number[] = [];
	const weights: number[] = [];
	let prev = -1;
	for (let k = 0; k < idx.length; k++) {
		const i = idx[k];
		if (prev >= 0 && c0[prev] === c0[i] && c1[prev] === c1[i] && c2[prev] === c2[i])
			weights[weights.length - 1]++;
		else {
			reps.push(i);
			weights.push(1);
			prev = i;
		}
		groupOf[i] = reps.length - 1;
	}
	return {
		cols: columns.map((col) => Float64Array.from(reps, (i) => col[i])),
		weight: Float64Array.from(weights),
		groupOf
	};
}

/** The distinct values of t_x and T, and each row's index into them. */
function distinctTimes(tx: Float64Array, T: Float64Array): NonNullable<TransactionRows['times']> {
	const index = new Map<number, number>();
	const values: number[] = [];
	const indexOf = (v: number) => {
		let k = index.get(v);
		if (k === undefined) {
			k = values.length;
			values.push(v);
			index.set(v, k);
		}
		return k;
	};
	const txIndex = Int32Array.from(tx, indexOf);
	const TIndex = Int32Array.from(T, indexOf);
	return { values: Float64Array.from(values), txIndex, TIndex };
}

/** Unique (x, t_x, T) rows sorted by x, then t_x, then T; `groupOf[i]` is customer i's row. */
export function groupTransactionRows(
	x: Float64Array,
	tx: Float64Array,
	T: Float64Array
): TransactionRows & { groupOf: Int32Array } {
	const u = uniqueRows([x, tx, T], () => true, x.length);
	return {
		length: u.weight.length,
		x: u.cols[0],
		tx: u.cols[1],
		T: u.cols[2],
		weight: u.weight,
		times: distinctTimes(u.cols[1], u.cols[2]),
		groupOf: u.groupOf
	};
}

/** Unique (x, mean) rows of the customers with x > 0 and a positive mean (Gamma-Gamma's data). */
export function groupSpendRows(
	x: Float64Array,
	mean: Float64Array
): SpendRows & { groupOf: Int32Array } {
	const u = uniqueRows([x, mean], (i) => x[i] > 0 && mean[i] > 0, x.length);
	return {
		length: u.weight.length,
		x: u.cols[0],
		mean: u.cols[1],
		weight: u.weight,
		groupOf: u.groupOf
	};
}
