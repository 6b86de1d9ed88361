import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '$lib/analytics/lifecycle';
import { BANDS_UP_TO, survivalSeries } from './survivalSeries';

// Four customers: churned at 2 and 5, censored at 3 and 5 (S = 3/4 after 2, 3/8 after 5).
const curve = kaplanMeier(Float64Array.from([2, 3, 5, 5]), Uint8Array.from([1, 0, 1, 0]));

describe('survivalSeries', () => {
	it('names each curve with its customers and marks the censored', () => {
		const [s] = survivalSeries([{ name: 'All', curve }], false, (n) => `n=${n}`);
		expect(s.name).toBe('All (n=4)');
		expect(s.marks).toEqual([
			{ x: 3, y: 0.75 },
			{ x: 5, y: 0.375 }
		]);
		expect(s.band).toBeDefined();
	});
	it.each([
		[BANDS_UP_TO, true],
		[BANDS_UP_TO + 1, false]
	])('%i curves: bands drawn %s', (n, drawn) => {
		const curves = Array.from({ length: n }, (_, i) => ({ name: `g${i}`, curve }));
		const series = survivalSeries(curves, true, String);
		expect(series.every((s) => (s.band !== undefined) === drawn)).toBe(true);
		// Ordered groups take one colour ramp: every curve a different colour.
		expect(new Set(series.map((s) => s.color)).size).toBe(n);
	});
});
