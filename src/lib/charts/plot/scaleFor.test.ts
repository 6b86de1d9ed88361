// The scales a plot builds from its domains, against hand computations.
import { describe, expect, it } from 'vitest';
import { isBand } from './plotContext';
import { scaleFor } from './scaleFor';

describe('scaleFor', () => {
	// Linear: [0, 10] on [0, 500] → 50 px per unit; nice() widens [0.3, 9.7] to [0, 10].
	it.each([
		{ domain: [0, 10] as [number, number], nice: false, at: 4, px: 200 },
		{ domain: [0.3, 9.7] as [number, number], nice: true, at: 0, px: 0 },
		{ domain: [0.3, 9.7] as [number, number], nice: false, at: 0.3, px: 0 }
	])('linear $domain nice=$nice: $at → $px', ({ domain, nice, at, px }) => {
		const s = scaleFor(domain, [0, 500], nice);
		expect(isBand(s)).toBe(false);
		if (!isBand(s)) expect(s(at)).toBeCloseTo(px, 9);
	});

	// Bands over 0 … n − 1. Proportional padding p: step = 500 / (n − p + 2p); band i starts at
	// p·step + i·step, width (1 − p)·step. A fixed gap g: step = 500 / n, start g/2 + i·step,
	// width step − g (the Matrix layout: cells 2 px apart, 1 px from the ends).
	it.each([
		{ spec: { bands: 5 }, i: 2, x: 200, bw: 100 },
		{ spec: { bands: 4, padding: 0.25 }, i: 1, x: 0.25 * 117.647 + 117.647, bw: 0.75 * 117.647 },
		{ spec: { bands: 4, gap: 2 }, i: 0, x: 1, bw: 123 },
		{ spec: { bands: 4, gap: 2 }, i: 3, x: 376, bw: 123 },
		{ spec: { bands: 1, gap: 10 }, i: 0, x: 5, bw: 490 }
	])('band $spec: band $i at $x, width $bw', ({ spec, i, x, bw }) => {
		const s = scaleFor(spec, [0, 500], true);
		expect(isBand(s)).toBe(true);
		if (isBand(s)) {
			expect(s(i)).toBeCloseTo(x, 2);
			expect(s.bandwidth()).toBeCloseTo(bw, 2);
		}
	});

	// The box's pixels: identity on the range, whichever way it runs, nice or not.
	it.each([
		{ range: [0, 500] as [number, number], at: 123.5 },
		{ range: [0, 340] as [number, number], at: 340 }
	])("'px' on $range: $at → $at", ({ range, at }) => {
		for (const nice of [false, true]) {
			const s = scaleFor('px', range, nice);
			expect(isBand(s)).toBe(false);
			if (!isBand(s)) expect(s(at)).toBe(at);
		}
	});

	it('a band y runs top-down when given [0, h]', () => {
		const s = scaleFor({ bands: 2 }, [0, 100], false);
		expect(isBand(s)).toBe(true);
		if (isBand(s)) expect([s(0), s(1)]).toEqual([0, 50]);
	});
});
