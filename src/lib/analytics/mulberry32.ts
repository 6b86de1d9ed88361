// Small seeded PRNG (mulberry32, T. Ettinger): the same seed gives the same clusters, jitter,
// bootstrap draws and test data in the browser, the CLI, the scripts and the tests. Returns
// floats in [0, 1): each 32-bit word / 2^32. Checked against the C original in its test.
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
