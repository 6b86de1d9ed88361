// Several starts against scikit-learn: KMeans(n_init=10) inertia for k = 2…10 on a seeded blob
// fixture and on the teaching sample's standardised log-RFM matrix (the k = 8 case:
// one start gave 1,689, scikit-learn 1,566). Values computed once by
// tests/fixtures/reference/kmeans.py and committed with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kmeans } from './kmeans';
import { kmeansStarts, startsForSize } from './kmeansStarts';

const dir = 'tests/fixtures/reference';
const reference = JSON.parse(readFileSync(`${dir}/kmeans.json`, 'utf8')) as {
	cases: {
		name: string;
		n: number;
		d: number;
		/** Lowest over scikit-learn runs. */
		inertia: Record<string, number>;
		/** Each of ten KMeans(n_init=10) runs (random_state 0…9), where recorded. */
		runs?: Record<string, number[]>;
	}[];
};

function matrix(name: string): { data: Float64Array; d: number; n: number } {
	const [, ...lines] = readFileSync(`${dir}/kmeans_${name}.csv`, 'utf8').trim().split('\n');
	const rows = lines.map((l) => l.split(',').map(Number));
	return { data: Float64Array.from(rows.flat()), d: rows[0].length, n: rows.length };
}

describe.each(reference.cases)('kmeansStarts reaches scikit-learn on $name', (c) => {
	const m = matrix(c.name);
	it('reads the same matrix', () => expect([m.n, m.d]).toEqual([c.n, c.d]));
	const ks = Object.keys(c.inertia).map(Number);
	it.each(ks)('k = %i: within-SS as low as scikit-learn gets', (k) => {
		const fit = kmeansStarts(m.data, m.d, k, { seed: 1 });
		expect(fit.starts).toBe(10);
		const best = c.inertia[String(k)];
		const runs = c.runs?.[String(k)];
		// Where scikit-learn's own runs disagree (over-split blobs, k ≥ 7, spread up to 2 %), no
		// worse than its worst run and within 1 % of its best; elsewhere its best, to 0.1 %.
		if (runs && Math.max(...runs) > best * 1.000001) {
			expect(fit.withinSS).toBeLessThanOrEqual(Math.max(...runs));
			expect(fit.withinSS).toBeLessThanOrEqual(best * 1.01);
		} else expect(fit.withinSS).toBeLessThanOrEqual(best * 1.001);
		// And it is a real k-means solution, not an undercount: the inertia scikit-learn can
		// reach is a floor up to rounding.
		expect(fit.withinSS).toBeGreaterThanOrEqual(c.inertia[String(k)] * 0.98);
	});
});

describe('kmeansStarts', () => {
	const { data, d } = matrix('blobs');
	it('one start with plain seeding is the single kmeans() fit for the same seed', () => {
		const one = kmeansStarts(data, d, 4, { seed: 5, starts: 1, localTrials: 1 });
		expect(one.withinSS).toBe(kmeans(data, d, 4, { seed: 5 }).withinSS);
		expect(one.bestSeed).toBe(5);
	});
	it('is never worse than any of its starts and is reproducible', () => {
		const best = kmeansStarts(data, d, 7, { seed: 3 });
		for (let s = 3; s < 13; s++)
			expect(best.withinSS).toBeLessThanOrEqual(
				kmeans(data, d, 7, { seed: s, localTrials: 3 }).withinSS
			);
		expect(kmeansStarts(data, d, 7, { seed: 3 }).withinSS).toBe(best.withinSS);
	});
});

describe('startsForSize', () => {
	it.each([
		{ n: 10, starts: 10 },
		{ n: 5000, starts: 10 },
		{ n: 6000, starts: 8 },
		{ n: 20000, starts: 3 },
		{ n: 1e6, starts: 3 }
	])('$n points → $starts starts', ({ n, starts }) => expect(startsForSize(n)).toBe(starts));
});
