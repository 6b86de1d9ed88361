import { describe, expect, it } from 'vitest';
import { zeta } from './zeta';

describe('zeta', () => {
	// Euler's closed forms ζ(2n) = |B_2n| (2π)^2n / (2 (2n)!) and Apéry's constant ζ(3).
	const cases: [number, number][] = [
		[2, Math.PI ** 2 / 6],
		[3, 1.2020569031595942],
		[4, Math.PI ** 4 / 90],
		[6, Math.PI ** 6 / 945],
		[8, Math.PI ** 8 / 9450],
		[40, 1 + 2 ** -40 + 3 ** -40]
	];
	it.each(cases)('ζ(%i)', (k, expected) => {
		expect(Math.abs(zeta(k) / expected - 1)).toBeLessThan(5e-16);
	});
});
