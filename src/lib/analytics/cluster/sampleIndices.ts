// A deterministic random sample of `size` distinct indices out of n, ascending (partial
// Fisher–Yates driven by the seeded PRNG). All indices when n <= size.
import { mulberry32 } from '../mulberry32';

export function sampleIndices(n: number, size: number, seed: number): Int32Array {
	const pool = new Int32Array(n);
	for (let i = 0; i < n; i++) pool[i] = i;
	if (n <= size) return pool;
	const random = mulberry32(seed);
	for (let i = 0; i < size; i++) {
		const j = i + Math.floor(random() * (n - i));
		const t = pool[i];
		pool[i] = pool[j];
		pool[j] = t;
	}
	return pool.slice(0, size).sort();
}
