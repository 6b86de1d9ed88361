// Largest and smallest value of an Int32Array. Tiny on purpose: V8 optimises a small function
// after its first few thousand loop turns and, as the loop is all there is, keeps that code on
// return — so the day column, the order codes and the RFM columns share one compiled loop.

/** Largest value, or -2147483648 for an empty array. */
export function int32Max(values: Int32Array): number {
	let max = -2147483648;
	for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
	return max;
}

/** Smallest value, or 2147483647 for an empty array. */
export function int32Min(values: Int32Array): number {
	let min = 2147483647;
	for (let i = 0; i < values.length; i++) if (values[i] < min) min = values[i];
	return min;
}
