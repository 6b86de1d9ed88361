import { describe, expect, it } from 'vitest';
import { kmeansElbow } from './kmeansElbow';

// Three blobs of four points (see kmeans.test.ts): k = 3 has within-SS 12 and the best
// silhouette; each blob point sits 1 from its centre and ~10 from the others.
const data = Float64Array.from(
	[
		[0, 0],
		[10, 0],
		[0, 10]
	]
		.flatMap(([x, y]) => [
			[x + 1, y],
			[x - 1, y],
			[x, y + 1],
			[x, y - 1]
		])
		.flat()
);

describe('kmeansElbow', () => {
	const result = kmeansElbow({ n: 12, d: 2, data }, { kMax: 6, seed: 3 });
	it('scans k = 2…6 and picks 3 by silhouette', () => {
		expect(result.points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6]);
		expect(result.bestSilhouetteK).toBe(3);
		expect(result.points[1].withinSS).toBeCloseTo(12, 12);
		expect(result.sampled).toBe(12);
	});
	const small = [
		{ n: 3, ks: [2] },
		{ n: 2, ks: [] }
	];
	it.each(small)('caps k at n − 1 (n = $n)', ({ n, ks }) => {
		const r = kmeansElbow({ n, d: 2, data: data.slice(0, 2 * n) });
		expect(r.points.map((p) => p.k)).toEqual(ks);
		expect(r.issues.length).toBe(ks.length === 0 ? 1 : 0);
	});
	it('samples at most sampleSize points for the silhouette', () => {
		expect(kmeansElbow({ n: 12, d: 2, data }, { kMax: 3, sampleSize: 5 }).sampled).toBe(5);
	});
});
