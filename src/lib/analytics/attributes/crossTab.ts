// Counts of customers by attribute group × segment (or any two groupings), with totals and
// the share of each row that falls in each column.
export interface CrossTab {
	rows: string[];
	columns: string[];
	/** counts[row][column] */
	counts: number[][];
	rowTotals: number[];
	columnTotals: number[];
	total: number;
	/** counts / row total; null for an empty row. */
	rowShares: (number | null)[][];
}

export function crossTab(
	rowCodes: Int32Array,
	rows: string[],
	columnCodes: Int32Array,
	columns: string[]
): CrossTab {
	const counts = rows.map(() => new Array<number>(columns.length).fill(0));
	for (let i = 0; i < rowCodes.length; i++) counts[rowCodes[i]][columnCodes[i]]++;
	const rowTotals = counts.map((r) => r.reduce((s, v) => s + v, 0));
	const columnTotals = columns.map((_, c) => counts.reduce((s, r) => s + r[c], 0));
	const total = rowTotals.reduce((s, v) => s + v, 0);
	const rowShares = counts.map((r, k) =>
		r.map((v) => (rowTotals[k] > 0 ? v / rowTotals[k] : null))
	);
	return { rows, columns, counts, rowTotals, columnTotals, total, rowShares };
}
