// Deterministic jitter for scatter plots of discrete answers: the same seed gives the same picture
// on every render and in every export. Offsets are uniform in [−amount, amount]; the i-th offset
// depends only on the seed and i (one draw per row, missing rows included).

/** mulberry32: a small, fast 32-bit PRNG; quality is ample for spreading dots. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function jitter(values: Float64Array, amount: number, seed = 1): Float64Array {
	const next = mulberry32(seed);
	const out = new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) out[i] = values[i] + (next() * 2 - 1) * amount;
	return out;
}
