import { describe, expect, it } from 'vitest';
import { readMapping, satisfactionSetup, type SurveyMapping } from './satisfactionSetup';
import type { SurveyTable } from '../../analytics/types';

// Four respondents. sat_overall 1..10 (ends seen), repurchase 1..7 (ends seen), recommend 1..10.
const table: SurveyTable = {
	length: 4,
	customerId: null,
	items: {
		sat_overall: Float64Array.from([1, 10, 4, 7]),
		repurchase: Float64Array.from([1, 7, 4, NaN]),
		recommend: Float64Array.from([1, 10, 9, 6]),
		odd_column: Float64Array.from([2, 3, 4, 5])
	}
};

describe('satisfactionSetup', () => {
	it('takes suggestions, reads scales from the answers, and rescales to 0–10', () => {
		const s = satisfactionSetup(table);
		expect(s.map).toEqual({
			sat_overall: 'satisfaction',
			repurchase: 'repurchase',
			recommend: 'recommendation'
		});
		// recommend answers 1, 10, 9, 6: a 1 and no 0, so 1–10 — its header only suggests 0–10.
		expect(s.scales.recommend).toEqual([1, 10]);
		const rec = s.items.find((i) => i.name === 'recommend')!;
		expect([rec.scaleSource, rec.suggestedScale]).toEqual(['item', [0, 10]]);
		// repurchase on 1–7: (v − 1) / 6 × 10 → 0, 10, 5, NaN.
		expect(Array.from(s.scores.repurchase!)).toEqual([0, 10, 5, NaN]);
		// recommend on 1–10: (v − 1) / 9 × 10 → 0, 10, 8.888…, 5.555….
		expect(s.scores.recommendation![2]).toBeCloseTo(80 / 9, 12);
		// odd_column has no suggestion and so no construct.
		expect(s.items.find((i) => i.name === 'odd_column')!.construct).toBeNull();
	});

	const cases: {
		name: string;
		mapping: SurveyMapping;
		check: (s: ReturnType<typeof satisfactionSetup>) => void;
	}[] = [
		{
			name: 'user map replaces a suggestion and "" leaves an item out',
			mapping: { map: { odd_column: 'trust', repurchase: '' } },
			check: (s: ReturnType<typeof satisfactionSetup>) => {
				expect(s.map.odd_column).toBe('trust');
				expect(s.map.repurchase).toBeUndefined();
				expect(s.scores.repurchase).toBeUndefined();
			}
		},
		{
			name: 'a declared scale wins over detection',
			mapping: { scales: { recommend: [0, 10] as [number, number] } },
			check: (s: ReturnType<typeof satisfactionSetup>) => {
				expect(s.scales.recommend).toEqual([0, 10]);
				expect(s.items.find((i) => i.name === 'recommend')!.suggestedScale).toBeNull();
				// On 0–10 the answers are the scores.
				expect(Array.from(s.scores.recommendation!)).toEqual([1, 10, 9, 6]);
			}
		},
		{
			name: 'a declared scale narrower than the answers is not applied',
			mapping: { scales: { sat_overall: [1, 5] as [number, number] } },
			check: (s: ReturnType<typeof satisfactionSetup>) => {
				expect(s.scales.sat_overall).toEqual([1, 10]);
			}
		},
		{
			name: 'reverse coding turns the item round on its own scale before rescaling',
			mapping: { reversed: ['repurchase', 'not_an_item'] },
			check: (s: ReturnType<typeof satisfactionSetup>) => {
				// 1 + 7 − v: 7, 1, 4 → 10, 0, 5.
				expect(Array.from(s.scores.repurchase!)).toEqual([10, 0, 5, NaN]);
				expect(s.reversed).toEqual(['repurchase']);
				expect(Array.from(s.rescaled('repurchase')!)).toEqual([10, 0, 5, NaN]);
			}
		}
	];
	it.each(cases)('$name', ({ mapping, check }) => check(satisfactionSetup(table, mapping)));
});

describe('readMapping', () => {
	it('keeps valid entries and drops junk from plain JSON', () => {
		expect(
			readMapping({
				map: { a: 'trust', b: '', c: 'happiness', d: 3 },
				reversed: ['a', 4],
				scales: { a: [0, 10], b: [2, 9], c: 'x' }
			})
		).toEqual({ map: { a: 'trust', b: '' }, reversed: ['a'], scales: { a: [0, 10] } });
		expect(readMapping(null)).toEqual({ map: {}, reversed: [], scales: {} });
	});
});

describe('satisfactionSetup with items named after Object.prototype members', () => {
	// A plain mapping object (as a test or old code builds it) has these names through its
	// prototype: `userScales.constructor` was a function, taken as the item's scale.
	const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
	it.each(names)('item %s keeps its detected scale', (name) => {
		const items = Object.create(null) as Record<string, Float64Array>;
		items[name] = Float64Array.from([1, 5, 3, 4]);
		const s = satisfactionSetup(
			{ length: 4, customerId: null, items },
			{ map: {}, scales: {}, reversed: [name] }
		);
		const item = s.items.find((i) => i.name === name)!;
		expect(item.scaleSource).not.toBe('user');
		expect(s.scales[name]).toEqual([1, 5]);
	});
});
