// satisfactionReport (what `cli survey` prints) on ten hand-made answers to a 0–10 recommend
// item, NPS counted by hand: promoters 9–10, detractors 0–6.
//   all ten: 10 9 9 8 7 | 6 5 3 0 10 → 4 promoters, 4 detractors → NPS 0
//   group a (first five): 3 promoters, 0 detractors → +60; group b: 1 and 4 → −60.
import { describe, expect, it } from 'vitest';
import type { SurveyTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { runAnalysis } from '../registry';

const table: SurveyTable = {
	length: 10,
	customerId: null,
	items: { recommend: Float64Array.of(10, 9, 9, 8, 7, 6, 5, 3, 0, 10) },
	groups: { g: { codes: Int32Array.of(0, 0, 0, 0, 0, 1, 1, 1, 1, 1), labels: ['a', 'b'] } }
};
const ctx: AnalysisContext = {
	dataset: () => Promise.reject(new Error('not here')),
	transactions: () => Promise.reject(new Error('not here')),
	customers: () => Promise.reject(new Error('not here')),
	summary: () => Promise.reject(new Error('not here')),
	survey: async () => table,
	progress: () => {}
};
const base = { id: 's', map: {}, scales: { recommend: [0, 10] }, reversed: [] };

describe('satisfactionReport', () => {
	it.each([
		{ by: null, compare: null, groups: null, difference: null },
		{ by: 'g', compare: null, groups: [60, -60], difference: ['a', 'b', 120] },
		{ by: 'g', compare: ['b', 'a'], groups: [60, -60], difference: ['b', 'a', -120] },
		{ by: 'g', compare: ['a', 'c'], groups: [60, -60], difference: null },
		{ by: 'nothing', compare: null, groups: null, difference: null }
	])('by $by, compare $compare', async ({ by, compare, groups, difference }) => {
		const r = await runAnalysis(ctx, 'satisfactionReport', { ...base, by, compare });
		expect(r.report.nps?.score).toBeCloseTo(0, 12);
		expect(r.npsInterval?.item).toBe('recommend');
		expect(r.npsInterval?.score).toBeCloseTo(0, 12);
		expect(r.groupColumns).toEqual(['g']);
		expect(r.npsGroups?.map((g) => [g.group, g.n]) ?? null).toEqual(
			groups && [
				['a', 5],
				['b', 5]
			]
		);
		r.npsGroups?.forEach((g, i) => expect(g.score).toBeCloseTo(groups![i], 12));
		if (difference === null) expect(r.npsDifference).toBeNull();
		else {
			expect([r.npsDifference?.a, r.npsDifference?.b]).toEqual(difference.slice(0, 2));
			expect(r.npsDifference?.difference).toBeCloseTo(difference[2] as number, 12);
		}
	});
});
