// rfmScoreTable on literal columns, scores and segments worked out by hand. Quantile edges are
// type 7: on five distinct values v1 < … < v5 the edges fall at v1 + 0.8·(v2 − v1), …, so each
// value gets its own score 1…5 (recency reversed: the smallest recency scores 5).
import { describe, expect, it } from 'vitest';
import { segmentPresets } from '../../analytics/rfm/segmentPresets';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { runAnalysis } from '../registry';
import type { RfmScoreTable, RfmScoreTableParams } from './rfmScoreTable';

const missing = () => Promise.reject(new AnalysisProblem('dataset_missing'));
// The columns are the data: no dataset is asked for.
const ctx: AnalysisContext = {
	transactions: missing,
	dataset: missing,
	customers: missing,
	survey: missing,
	summary: missing,
	progress: () => {}
};

const run = (p: Partial<RfmScoreTableParams>) =>
	runAnalysis(ctx, 'rfmScoreTable', {
		asOf: 0,
		recency: new Int32Array(0),
		frequency: new Int32Array(0),
		monetary: null,
		frequencyRule: 'orders',
		bins: 5,
		rules: segmentPresets.short,
		...p
	});

const plain = (t: RfmScoreTable) => ({
	r: [...t.r],
	f: [...t.f],
	m: t.m ? [...t.m] : null,
	score: [...t.score],
	segments: [...t.segment].map((s) => t.keys[s]),
	keys: t.keys,
	issues: t.issues
});

describe('rfmScoreTable', () => {
	const cases = [
		{
			// short preset (M not used): champions R4–5 F4–5, loyal R3–5 F3–5, …, hibernating R1–2 F1–2.
			name: 'five customers, five bins, the short preset',
			params: {
				recency: Int32Array.of(10, 40, 20, 50, 30),
				frequency: Int32Array.of(5, 1, 3, 2, 4),
				monetary: Float64Array.of(500, 100, 300, 200, 400)
			},
			expected: {
				r: [5, 2, 4, 1, 3],
				f: [5, 1, 3, 2, 4],
				m: [5, 1, 3, 2, 4],
				score: [555, 211, 433, 122, 344],
				segments: ['champions', 'hibernating', 'loyal', 'hibernating', 'loyal'],
				keys: [
					'champions',
					'loyal',
					'promising',
					'needAttention',
					'atRisk',
					'hibernating',
					'others'
				],
				issues: []
			}
		},
		{
			// Two bins, one edge each: recency (1 + 3) / 2 = 2, frequency 1.5. No amounts: no M
			// digit, M unavailable said once, and rules read R and F only.
			name: 'two bins, no amounts, a rule of its own',
			params: {
				recency: Int32Array.of(3, 1),
				frequency: Int32Array.of(1, 2),
				bins: 2,
				rules: [
					{
						key: 'top',
						r: [2, 2] as [number, number],
						f: [2, 2] as [number, number],
						m: [1, 2] as [number, number]
					}
				]
			},
			expected: {
				r: [1, 2],
				f: [1, 2],
				m: null,
				score: [110, 220],
				segments: ['others', 'top'],
				keys: ['top', 'others'],
				issues: [{ code: 'monetary_unavailable' }]
			}
		}
	];
	it.each(cases)('$name', async ({ params, expected }) => {
		expect(plain(await run(params))).toEqual(expected);
	});

	it.each([
		{ name: 'no customers', params: {}, code: 'segments.issue.no_customers', values: {} },
		{
			name: 'columns of different lengths',
			params: { recency: Int32Array.of(1, 2), frequency: Int32Array.of(1) },
			code: 'segments.issue.length_mismatch',
			values: { expected: 2, got: 1 }
		},
		{
			name: 'ten bins',
			params: { recency: Int32Array.of(1), frequency: Int32Array.of(1), bins: 10 },
			code: 'segments.issue.bad_bins',
			values: { bins: 10 }
		}
	])('$name: the problem $code', async ({ params, code, values }) => {
		const e = await run(params).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(AnalysisProblem);
		expect((e as AnalysisProblem).code).toBe(code);
		expect((e as AnalysisProblem).values).toEqual(values);
	});
});

// Checked by the type checker (svelte-check), never run: the registry keeps rfmScoreTable's own
// params, so a missing field or a wrong column type does not compile.
export function typedParams(c: AnalysisContext) {
	const columns = { asOf: 0, recency: Int32Array.of(1), frequency: Int32Array.of(1) };
	const rest = { frequencyRule: 'orders' as const, bins: 5, rules: [] };
	// @ts-expect-error — monetary missing
	void runAnalysis(c, 'rfmScoreTable', { ...columns, ...rest });
	// @ts-expect-error — recency as a plain array
	void runAnalysis(c, 'rfmScoreTable', { ...columns, ...rest, recency: [1], monetary: null });
	return runAnalysis(c, 'rfmScoreTable', { ...columns, ...rest, monetary: null });
}
