import { describe, expect, it } from 'vitest';
import { kaplanMeier } from './kaplanMeier';
import { LifecycleError } from './lifecycleIssue';

describe('kaplanMeier by hand', () => {
	// Times 0e, 10e, 50e, 50c, 100e, 180c (e = event, c = censored); NaN is left out.
	// t=0: n 6, d 1 → S 5/6, Σ 1/30; t=10: n 5 → S 2/3, Σ += 1/20 (1/12);
	// t=50: n 4, d 1, c 1 → S 1/2, Σ += 1/12 (1/6); t=100: n 2 → S 1/4, Σ += 1/2 (2/3);
	// t=180: n 1, censored → S 1/4. Var = S²Σ; band S^exp(±z·√Σ/|ln S|), z = 1.959964.
	// The band values agree with scipy.stats.ecdf(...).sf.confidence_interval(method='log-log').
	const curve = kaplanMeier(
		Float64Array.of(50, 0, 100, 10, NaN, 180, 50),
		Uint8Array.of(1, 1, 1, 1, 1, 0, 0)
	);
	const cases = [
		{
			time: 0,
			atRisk: 6,
			events: 1,
			censored: 0,
			survival: 5 / 6,
			variance: 25 / 36 / 30,
			lower: 0.27312285,
			upper: 0.97471243
		},
		{
			time: 10,
			atRisk: 5,
			events: 1,
			censored: 0,
			survival: 2 / 3,
			variance: 4 / 9 / 12,
			lower: 0.19461664,
			upper: 0.90443416
		},
		{
			time: 50,
			atRisk: 4,
			events: 1,
			censored: 1,
			survival: 1 / 2,
			variance: 1 / 24,
			lower: 0.11094826,
			upper: 0.80370924
		},
		{
			time: 100,
			atRisk: 2,
			events: 1,
			censored: 0,
			survival: 1 / 4,
			variance: 1 / 24,
			lower: 0.01230952,
			upper: 0.64594854
		},
		{
			time: 180,
			atRisk: 1,
			events: 0,
			censored: 1,
			survival: 1 / 4,
			variance: 1 / 24,
			lower: 0.01230952,
			upper: 0.64594854
		}
	];
	it.each(cases)('t = $time', (expected) => {
		const p = curve.points.find((x) => x.time === expected.time);
		expect(p).toBeDefined();
		for (const key of ['atRisk', 'events', 'censored'] as const)
			expect(p![key]).toBe(expected[key]);
		for (const key of ['survival', 'variance', 'lower', 'upper'] as const)
			expect(p![key]).toBeCloseTo(expected[key], 7);
	});
	it('median is the first time S ≤ 0.5; NaN subjects are not counted', () => {
		expect(curve.median).toBe(50);
		expect(curve.n).toBe(6);
		expect(curve.events).toBe(4);
		expect(curve.points.length).toBe(5);
	});
});

describe('kaplanMeier reference', () => {
	// R survival's `aml` data, Maintained group (Miller 1981): the survfit median is 31.
	// Survival and log-log band from scipy.stats.ecdf (scipy 1.17) on the same data.
	const time = Float64Array.of(9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161);
	const status = Uint8Array.of(1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0);
	const curve = kaplanMeier(time, status);
	const cases = [
		{ time: 9, survival: 0.90909091, lower: 0.50808021, upper: 0.98667382 },
		{ time: 18, survival: 0.71590909, lower: 0.35019039, upper: 0.89902397 },
		{ time: 31, survival: 0.49090909, lower: 0.16733091, upper: 0.75339979 },
		{ time: 48, survival: 0.18409091, lower: 0.01173848, upper: 0.52501484 }
	];
	it.each(cases)('t = $time', ({ time: t, survival, lower, upper }) => {
		const p = curve.points.find((x) => x.time === t)!;
		expect(p.survival).toBeCloseTo(survival, 7);
		expect(p.lower).toBeCloseTo(lower, 7);
		expect(p.upper).toBeCloseTo(upper, 7);
	});
	it('median 31', () => expect(curve.median).toBe(31));
});

describe('kaplanMeier edge cases', () => {
	it('everyone churns: survival reaches 0 with no variance', () => {
		const c = kaplanMeier([1, 2], [1, 1]);
		expect(c.points.map((p) => p.survival)).toEqual([0.5, 0]);
		expect(c.points[1]).toMatchObject({ variance: null, lower: null, upper: null });
		expect(c.median).toBe(1);
	});
	it('nobody churns: flat at 1, no median', () => {
		const c = kaplanMeier([3, 5], [0, 0]);
		expect(c.points.map((p) => [p.survival, p.lower, p.upper])).toEqual([
			[1, 1, 1],
			[1, 1, 1]
		]);
		expect(c.median).toBeNull();
	});
	it('empty input gives an empty curve', () => {
		expect(kaplanMeier([], [])).toMatchObject({ n: 0, points: [], median: null });
	});
	it('bad confidence is an issue', () => {
		expect(() => kaplanMeier([1], [1], 1)).toThrow(LifecycleError);
	});
});
