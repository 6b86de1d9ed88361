import { describe, expect, it } from 'vitest';
import { nps } from './nps';
import { npsDifference } from './npsDifference';

// By hand. Group a: 10 answers, 6 promoters, 2 passives, 2 detractors → NPS 40,
//   Var = (0.6 + 0.2 − 0.4²)/10 = 0.064 → se 25.298 points.
// Group b: 20 answers, 5 promoters, 5 passives, 10 detractors → NPS −25,
//   Var = (0.25 + 0.5 − 0.25²)/20 = 0.034375 → se 18.540 points.
// Difference 65, se √(640 + 343.75) = 31.3648, z = 2.07238, two-sided p = 0.0382293
// (R: 2 * pnorm(-65 / sqrt(983.75)) = 0.03822930932), 95 % interval 65 ± 1.959964 × 31.3648.
const answers = (p: number, m: number, d: number) =>
	Float64Array.from([...Array(p).fill(10), ...Array(m).fill(8), ...Array(d).fill(3)]);
const a = nps(answers(6, 2, 2), [0, 10]);
const b = nps(answers(5, 5, 10), [0, 10]);

describe('npsDifference', () => {
	it('two groups by hand', () => {
		if ('code' in a || 'code' in b) throw new Error('no score');
		expect([a.score, b.score]).toEqual([40, -25]);
		const d = npsDifference(a, b);
		expect(d.difference).toBe(65);
		expect(d.se).toBeCloseTo(Math.sqrt(983.75), 10);
		expect(d.z).toBeCloseTo(65 / Math.sqrt(983.75), 10);
		expect(d.p).toBeCloseTo(0.03822930932, 10);
		expect(d.ci[0]).toBeCloseTo(65 - 1.959963984540054 * Math.sqrt(983.75), 6);
		expect(d.ci[1]).toBeCloseTo(65 + 1.959963984540054 * Math.sqrt(983.75), 6);
	});
	it.each([
		{ name: 'same scores, p = 1', a: { score: 10, se: 5 }, b: { score: 10, se: 5 }, p: 1 },
		{ name: 'exact and equal', a: { score: 100, se: 0 }, b: { score: 100, se: 0 }, p: 1 },
		{ name: 'exact and different', a: { score: 100, se: 0 }, b: { score: -100, se: 0 }, p: 0 }
	])('$name', ({ a, b, p }) => expect(npsDifference(a, b).p).toBeCloseTo(p, 12));
	it('a 90 % interval is narrower', () => {
		const d = npsDifference({ score: 10, se: 5 }, { score: 0, se: 5 }, 0.9);
		expect(d.ci[1] - d.ci[0]).toBeCloseTo(2 * 1.6448536269514722 * Math.sqrt(50), 6);
	});
});
