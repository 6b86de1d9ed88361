import { describe, expect, it } from 'vitest';
import { erfc } from './erfc';
import { logRank } from './logRank';

describe('erfc (reference values from Python math.erfc)', () => {
	const cases = [
		[0.1, 0.8875370839817152],
		[0.5, 0.4795001221869535],
		[1, 0.15729920705028513],
		[2, 0.004677734981047265],
		[3, 2.2090496998585438e-5],
		[-1, 2 - 0.15729920705028513]
	];
	it.each(cases)('erfc(%s)', (x, want) =>
		expect(Math.abs(erfc(x) - want) / want).toBeLessThan(2e-7)
	);
});

describe('logRank', () => {
	it('two groups by hand', () => {
		// A: 1†, 2†, 3 (censored); B: 2†, 4†.
		// t=1: n 5 (A 3), d 1 → E_A 0.6, V 1·3·2·4/(25·4) = 0.24.
		// t=2: n 4 (A 2), d 2 → E_A 1, V 2·2·2·2/(16·3) = 1/3.  t=4: only B at risk, E_A 0, V 0.
		// O_A = 2, E_A = 1.6: χ² = 0.16 / 0.57333… = 0.27907, p = erfc(√(χ²/2)) = 0.59731.
		const r = logRank([
			{ time: [1, 2, 3], event: [1, 1, 0] },
			{ time: [2, 4], event: [1, 1] }
		])!;
		expect(r.observed).toEqual([2, 2]);
		expect(r.expected[0]).toBeCloseTo(1.6, 12);
		expect(r.expected[1]).toBeCloseTo(2.4, 12);
		expect(r.chi2).toBeCloseTo(0.16 / (0.24 + 1 / 3), 12);
		expect(r.p!).toBeCloseTo(0.5973115731942719, 6);
		expect(r.df).toBe(1);
	});

	it('three identical groups: χ² 0, p 1', () => {
		const g = { time: [1, 2, 3, 5], event: [1, 0, 1, 1] };
		const r = logRank([g, g, g])!;
		expect(r.chi2).toBeCloseTo(0, 12);
		expect(r.p).toBeCloseTo(1, 12);
		expect(r.df).toBe(2);
	});

	it('three groups where one dies first is far from equal; one group alone gives nothing', () => {
		const r = logRank([
			{ time: [1, 1, 1, 2, 2], event: [1, 1, 1, 1, 1] },
			{ time: [10, 12, 14, 20, 30], event: [1, 1, 0, 1, 0] },
			{ time: [11, 13, 15, 21, 31], event: [1, 0, 1, 1, 0] }
		])!;
		expect(r.p!).toBeLessThan(0.01);
		expect(logRank([{ time: [1], event: [1] }])).toBeNull();
	});
});
