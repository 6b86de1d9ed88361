// The trap reading with bootstrap intervals on made-up answers whose shape is known: a strongly
// concave, flattened curve among satisfied customers; a straight line; a convex curve; too few.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../mulberry32';
import { quadraticFit } from './quadraticFit';
import { trapBootstrap } from './trapBootstrap';

/** n answers: satisfaction uniform on [lo, 10], loyalty = f(s) + noise of sd `noise`. */
function sample(n: number, lo: number, f: (s: number) => number, noise: number, seed = 5) {
	const r = mulberry32(seed);
	const s = new Float64Array(n);
	const l = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		s[i] = lo + (10 - lo) * r();
		const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
		l[i] = f(s[i]) + noise * z;
	}
	return { s, l };
}

describe('trapBootstrap', () => {
	it('concave and flat at the top among satisfied customers: consistent with a trap', () => {
		// Loyalty rises to a plateau at 8.5: slope 2(8.5 − s)·0.3, zero near the top.
		const { s, l } = sample(2000, 5, (x) => 6 - 0.3 * (x - 8.5) ** 2, 0.3);
		const r = trapBootstrap(s, l, { draws: 300, seed: 2 })!;
		expect(r.reading).toBe('consistent');
		expect(r.curvature[1]).toBeLessThan(0);
		expect(r.curvature[0]).toBeLessThan(-0.25);
	});
	it('the interval holds the full-sample fit', () => {
		const { s, l } = sample(500, 3, (x) => 2 + 0.5 * x - 0.02 * x * x, 1);
		const fit = quadraticFit(s, l);
		if ('code' in fit) throw new Error('fit');
		const r = trapBootstrap(s, l, { draws: 400, seed: 3 })!;
		expect(r.curvature[0]).toBeLessThan(fit.coefficients[2]);
		expect(r.curvature[1]).toBeGreaterThan(fit.coefficients[2]);
		expect(r.draws).toBe(400);
	});
	it('a straight line with noise: the data cannot tell (or no trap), never consistent', () => {
		const { s, l } = sample(300, 5, (x) => 1 + 0.5 * x, 1.5);
		const r = trapBootstrap(s, l, { draws: 300, seed: 4 })!;
		expect(r.reading).not.toBe('consistent');
	});
	it('convex for sure: not a trap', () => {
		const { s, l } = sample(2000, 5, (x) => 0.2 * (x - 5) ** 2, 0.3);
		expect(trapBootstrap(s, l, { draws: 200 })!.reading).toBe('not_a_trap');
	});
	it('most customers not satisfied: not a trap', () => {
		const { s, l } = sample(1000, 0, (x) => 6 - 0.3 * (x - 4) ** 2, 0.3);
		const r = trapBootstrap(s, l, { draws: 100 })!;
		expect(r.at.median).toBeLessThan(7);
		expect(r.reading).toBe('not_a_trap');
	});
	it('seeded: the same answer twice; too few pairs: null', () => {
		const { s, l } = sample(200, 5, (x) => x, 1);
		expect(trapBootstrap(s, l, { draws: 50, seed: 9 })).toEqual(
			trapBootstrap(s, l, { draws: 50, seed: 9 })
		);
		expect(trapBootstrap(s.slice(0, 9), l.slice(0, 9))).toBeNull();
	});
});
