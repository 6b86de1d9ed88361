// A batch of validated rows as StreamValidator hands them on: typed columns plus the batch's own
// customer (and order) labels, which the codes index.
export interface RowBlock {
	rows: number;
	/** Labels used in this block; codes below index them. */
	customerLabels: string[];
	customer: Int32Array;
	day: Int32Array;
	amount: Float64Array | null;
	/** Null when the order id is not carried; a code of -1 means no order id. */
	orderLabels: string[] | null;
	order: Int32Array | null;
}
