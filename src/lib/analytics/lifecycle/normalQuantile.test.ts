import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normalQuantile';

describe('normalQuantile', () => {
	// Standard normal table values (e.g. Abramowitz & Stegun 26.2): 1.959964 for 97.5 %, etc.
	const cases = [
		{ p: 0.5, z: 0 },
		{ p: 0.975, z: 1.959963985 },
		{ p: 0.95, z: 1.644853627 },
		{ p: 0.995, z: 2.575829304 },
		{ p: 0.025, z: -1.959963985 },
		{ p: 0.01, z: -2.326347874 },
		{ p: 0.8413447461, z: 1 }
	];
	it.each(cases)('p = $p → z = $z', ({ p, z }) => {
		expect(normalQuantile(p)).toBeCloseTo(z, 7);
	});
	it('outside (0, 1) is NaN for the caller to reject', () => {
		expect(normalQuantile(1)).toBeNaN();
	});
});
