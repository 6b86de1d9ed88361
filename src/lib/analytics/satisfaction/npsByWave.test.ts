import { describe, expect, it } from 'vitest';
import { MISSING_DAY } from '../types';
import { npsByWave } from './npsByWave';

// Waves counted by hand (promoters 9–10, detractors 0–6 on 0–10):
//   "wave 10": 10, 10, 3 → P 2, D 1 of 3 → NPS 33.33
//   "wave 2":  9, 7, 0, 0 → P 1, D 2 of 4 → NPS −25
//   "spring":  8, 8 → passives only → NPS 0 (se 0)
// A respondent without a wave (code −1) is left out.
const values = Float64Array.from([10, 9, 10, 7, 3, 0, 0, 8, 8, 10]);
const codes = Int32Array.from([0, 1, 0, 1, 0, 1, 1, 2, 2, -1]);
const wave = { codes, labels: ['wave 10', 'wave 2', 'spring'] };
// se of "wave 10": 100·√((2/3 + 1/3 − (1/3)²)/3) = 100·√(8/27) = 54.433;
// se of "wave 2": 100·√((1/4 + 2/4 − (1/4)²)/4) = 100·√(11/64) = 41.458.

describe('npsByWave', () => {
	it.each([
		{
			name: 'without dates: by name, numbers as numbers',
			day: null,
			expected: [
				{ label: 'spring', score: 0, previous: null, change: null },
				{ label: 'wave 2', score: -25, previous: 'spring', change: -25 },
				{ label: 'wave 10', score: 100 / 3, previous: 'wave 2', change: 100 / 3 + 25 }
			]
		},
		{
			name: 'with dates: by each wave’s first answer',
			// wave 10 first answered on day 5, wave 2 on day 40, spring on day 90 (one undated).
			day: Int32Array.from([5, 40, 6, 41, 7, 42, 43, 90, MISSING_DAY, 1]),
			expected: [
				{ label: 'wave 10', score: 100 / 3, previous: null, change: null },
				{ label: 'wave 2', score: -25, previous: 'wave 10', change: -25 - 100 / 3 },
				{ label: 'spring', score: 0, previous: 'wave 2', change: 25 }
			]
		}
	])('$name', ({ day, expected }) => {
		const rows = npsByWave(values, [0, 10], wave, day);
		expect(rows.map((r) => r.label)).toEqual(expected.map((e) => e.label));
		rows.forEach((r, i) => {
			const e = expected[i];
			expect('code' in r.result ? null : r.result.score).toBeCloseTo(e.score, 10);
			expect(r.previous).toBe(e.previous);
			if (e.change === null) expect(r.change).toBeNull();
			else expect(r.change!.difference).toBeCloseTo(e.change, 10);
		});
	});

	it('the change carries both waves’ uncertainty', () => {
		const [, w2, w10] = npsByWave(values, [0, 10], wave, null);
		expect(w2.change!.se).toBeCloseTo(41.4578, 3); // spring is exact (se 0)
		expect(w10.change!.se).toBeCloseTo(Math.sqrt(10000 * (8 / 27) + 10000 * (11 / 64)), 6);
	});

	it('a wave without a usable answer keeps its issue and is skipped by the next change', () => {
		const v = Float64Array.from([10, NaN, 0]);
		const w = { codes: Int32Array.from([0, 1, 2]), labels: ['1', '2', '3'] };
		const rows = npsByWave(v, [0, 10], w, null);
		expect(rows.map((r) => ('code' in r.result ? r.result.code : r.result.score))).toEqual([
			100,
			'nps_all_missing',
			-100
		]);
		expect(rows[2].previous).toBe('1');
		expect(rows[2].change!.difference).toBe(-200);
	});
});
