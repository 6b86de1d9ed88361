import { describe, expect, it } from 'vitest';
import { constructScores } from './constructScores';
import { blockScore } from './blockScore';
import type { Construct } from './constructs';
import type { Scale } from './detectScale';
import type { SurveyTable } from '../types';

const f = (xs: number[]) => Float64Array.from(xs);

describe('constructScores', () => {
	const table: SurveyTable = {
		length: 3,
		customerId: null,
		items: {
			s1: f([5, 3, NaN]), // 1–5: 10, 5, —
			s2: f([10, 4, NaN]), // 0–10: 10, 4, —
			rec: f([9, NaN, 6]), // 0–10
			rep: f([7, 1, 4]), // 1–7
			sw: f([1, 5, 2]) // 1–5, reverse coded: 5, 1, 4 → 10, 0, 7.5
		}
	};
	const map: Record<string, Construct> = {
		s1: 'satisfaction',
		s2: 'satisfaction',
		rec: 'recommendation',
		rep: 'repurchase',
		sw: 'switchingCost',
		ghost: 'trust'
	};
	const scales: Record<string, Scale> = {
		s1: [1, 5],
		s2: [0, 10],
		rec: [0, 10],
		rep: [1, 7],
		sw: [1, 5],
		ghost: [0, 10]
	};
	const r = constructScores(table, map, scales, { reversed: ['sw'] });

	// Respondent 1: s1 5 on 1–5 → 10, s2 10 → 10, mean 10. Respondent 2: s1 3 → 5, s2 4 → 4, mean 4.5.
	const cases: { construct: Construct; expected: number[] }[] = [
		{ construct: 'satisfaction', expected: [10, 4.5, NaN] },
		{ construct: 'recommendation', expected: [9, NaN, 6] },
		{ construct: 'repurchase', expected: [10, 0, 5] },
		{ construct: 'switchingCost', expected: [10, 0, 7.5] }
	];
	it.each(cases)('$construct', ({ construct, expected }) => {
		const got = Array.from(r.scores[construct]!);
		expected.forEach((e, i) =>
			Number.isNaN(e) ? expect(got[i]).toBeNaN() : expect(got[i]).toBeCloseTo(e, 12)
		);
	});
	it('lists items and skips an absent column', () => {
		expect(r.items.satisfaction).toEqual(['s1', 's2']);
		expect(r.skipped).toEqual(['ghost']);
		expect(r.scores.trust).toBeUndefined();
	});
	it('blockScore averages constructs, not items', () => {
		// Respondent 1: repurchase 10, recommendation 9 → 9.5; respondent 2: only repurchase 0;
		// respondent 3: 5 and 6 → 5.5.
		const b = blockScore(r.scores, ['repurchase', 'recommendation', 'priceTolerance']);
		expect(Array.from(b!)).toEqual([9.5, 0, 5.5]);
		expect(blockScore(r.scores, ['trust'])).toBeNull();
	});
});
