import { describe, expect, it } from 'vitest';
import { tCritical95 } from './tCritical95';

describe('tCritical95', () => {
	// Printed two-sided 95 % t table (3 decimals); df → ∞ tends to the normal 1.960.
	const cases: [number, number][] = [
		[1, 12.706],
		[2, 4.303],
		[5, 2.571],
		[9, 2.262],
		[10, 2.228],
		[15, 2.131],
		[25, 2.06],
		[50, 2.009],
		[100, 1.984],
		[1000, 1.962],
		[1e9, 1.96]
	];
	it.each(cases)('df %d → %d', (df, t) => {
		expect(tCritical95(df)).toBeCloseTo(t, 3);
	});
	it('df below 1 has no interval', () => {
		expect(tCritical95(0)).toBeNaN();
	});
});
