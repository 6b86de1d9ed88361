import { describe, expect, it } from 'vitest';
import { closestPair, distance, linearToLab, MACHADO, simulate } from './colourVision';

// Reference distances from scripts/palette/paletteReference.py (a separate Python
// implementation of the same published formulas).
describe('colourVision', () => {
	it.each(Object.entries(MACHADO))('%s keeps greys grey (each row sums to 1)', (_name, m) => {
		for (const row of m) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 5);
	});

	it('white is L* 100, a* b* 0; black is 0', () => {
		const w = linearToLab([1, 1, 1]);
		expect(w[0]).toBeCloseTo(100, 1);
		expect(Math.abs(w[1]) + Math.abs(w[2])).toBeLessThan(0.1);
		expect(linearToLab([0, 0, 0])).toEqual([0, 0, 0]);
		expect(simulate('#ffffff', 'deuteranopia').every((c) => c > 0.999)).toBe(true);
	});

	it.each([
		['normal', '#0072B2', '#56B4E9', 26.433],
		['deuteranopia', '#CC79A7', '#999999', 7.054],
		['protanopia', '#D55E00', '#8C6D31', 15.758],
		['tritanopia', '#009E73', '#56B4E9', 16.055],
		['deuteranopia', '#C28133', '#608E1E', 9.239],
		['protanopia', '#C28133', '#D55E00', 9.149]
	] as const)('%s: %s vs %s is ΔE %s', (vision, a, b, d) => {
		expect(distance(a, b, vision)).toBeCloseTo(d, 1);
	});

	it('finds the closest pair (red/green collapse under deuteranopia)', () => {
		const p = closestPair(['#0000ff', '#d62728', '#2ca02c'], 'deuteranopia');
		expect(new Set([p.a, p.b])).toEqual(new Set(['#d62728', '#2ca02c']));
		expect(p.distance).toBeLessThan(distance('#d62728', '#2ca02c', 'normal'));
	});
});
