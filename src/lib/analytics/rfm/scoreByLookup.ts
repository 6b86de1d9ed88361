// The per-customer loop of the histogram scoring paths: a table read per customer. Alone and
// small so that V8 optimises it within the first few thousand customers, once, for R, F and M.

/** scores[i] = lookup[values[i] - min]. */
export function scoreByLookup(
	values: Int32Array,
	min: number,
	lookup: Uint8Array,
	scores: Uint8Array
): void {
	for (let i = 0; i < values.length; i++) scores[i] = lookup[values[i] - min];
}
