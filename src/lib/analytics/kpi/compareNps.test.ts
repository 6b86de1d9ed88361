import { describe, expect, it } from 'vitest';
import { MISSING_DAY } from '../types';
import { compareNps } from './compareNps';

// Ten answers on 0–10 with their days, counted by hand (promoters 9–10, passives 7–8,
// detractors 0–6):
//   days 1–10 (before): 10, 9, 6, 8 and a blank → P 2, passive 1, D 1 of 4 → NPS 25;
//   days 11–20 (now):   10, 0, 0, 7, 5           → P 1, passive 1, D 3 of 5 → NPS −40;
//   an answer of 10 without a date counts in neither window.
// se(now) = 100·√((.2 + .6 − .4²)/5) = 100·√.128 = 35.777; se(before) = 100·√((.5 + .25 − .25²)/4)
// = 100·√.171875 = 41.458; se(difference) = √(1280 + 1718.75) = 54.761; z = −65 / 54.761.
const values = Float64Array.from([10, 9, 6, 8, NaN, 10, 0, 0, 7, 5, 10]);
const day = Int32Array.from([1, 2, 3, 4, 1, 11, 12, 13, 14, 20, MISSING_DAY]);
const early = { from: 1, to: 10 };
const late = { from: 11, to: 20 };

describe('compareNps', () => {
	it.each([
		{
			name: 'late vs early',
			now: late,
			before: early,
			expected: { now: [-40, 5], before: [25, 4], difference: -65, se: 54.76084, z: -1.18698 }
		},
		{
			name: 'early vs late: the same change, other sign',
			now: early,
			before: late,
			expected: { now: [25, 4], before: [-40, 5], difference: 65, se: 54.76084, z: 1.18698 }
		},
		{
			name: 'no comparison window',
			now: late,
			before: null,
			expected: { now: [-40, 5], before: null, difference: null, se: null, z: null }
		},
		{
			name: 'a window of one day',
			now: { from: 20, to: 20 },
			before: { from: 2, to: 2 },
			// 5 (detractor) vs 9 (promoter): −100 vs 100, each exact (se 0).
			expected: { now: [-100, 1], before: [100, 1], difference: -200, se: 0, z: 0 }
		}
	])('$name', ({ now, before, expected }) => {
		const r = compareNps(values, day, [0, 10], now, before);
		const score = (x: typeof r.now | null) => (x && !('code' in x) ? [x.score, x.n] : null);
		expect(score(r.now)![0]).toBeCloseTo(expected.now[0], 10);
		expect(score(r.now)![1]).toBe(expected.now[1]);
		if (expected.before === null) expect(r.before).toBeNull();
		else {
			expect(score(r.before)![0]).toBeCloseTo(expected.before[0], 10);
			expect(score(r.before)![1]).toBe(expected.before[1]);
		}
		if (expected.difference === null) expect(r.difference).toBeNull();
		else {
			expect(r.difference!.difference).toBeCloseTo(expected.difference, 10);
			expect(r.difference!.se).toBeCloseTo(expected.se!, 4);
			expect(r.difference!.z).toBeCloseTo(expected.z!, 4);
		}
	});

	it.each([
		{
			name: 'an empty window is an issue, not a score of 0',
			scale: [0, 10] as [number, number],
			now: { from: 30, to: 40 },
			code: 'nps_empty'
		},
		{
			name: 'a 1–10 item is not NPS in either window',
			scale: [1, 10] as [number, number],
			now: late,
			code: 'nps_wrong_scale'
		}
	])('$name', ({ scale, now, code }) => {
		const r = compareNps(values, day, scale, now, early);
		expect('code' in r.now && r.now.code).toBe(code);
		expect(r.difference).toBeNull();
	});
});
