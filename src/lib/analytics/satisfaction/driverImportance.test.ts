import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { driverImportance, type DriverAnalysis } from './driverImportance';
import { isSatisfactionIssue } from './satisfactionIssue';
import { surveyFromCsvText } from './surveyFromCsvText';

const f = (xs: number[]) => Float64Array.from(xs);

function ok(r: ReturnType<typeof driverImportance>): DriverAnalysis {
	if (isSatisfactionIssue(r)) throw new Error(`unexpected issue ${r.code}`);
	return r;
}

describe('driverImportance', () => {
	// Orthogonal centred patterns u = (1,1,−1,−1), v = (1,−1,1,−1), w = (1,−1,−1,1), each with the
	// same variance. x1 = 5 + u, x2 = 8 + v, x3 = 6 + w, target y = u + 2v (x3 plays no part).
	// Var y = 5 var u, so r1 = β1 = 1/√5, r2 = β2 = 2/√5, r3 = β3 = 0; relative weights are r² =
	// .2, .8, 0 (uncorrelated predictors), R² = 1. Performance = means 5, 8, 6.
	const u = [1, 1, -1, -1, 1, 1, -1, -1];
	const v = [1, -1, 1, -1, 1, -1, 1, -1];
	const w = [1, -1, -1, 1, 1, -1, -1, 1];
	const predictors = {
		x1: f(u.map((a) => 5 + a)),
		x2: f(v.map((a) => 8 + a)),
		x3: f(w.map((a) => 6 + a))
	};
	const y = f(u.map((a, i) => a + 2 * v[i]));
	const r = ok(driverImportance(predictors, y));

	const cases = [
		// Grid at mean importance 1/3 and mean performance 19/3 = 6.33: x1 .2/5 low/low, x2 .8/8 high/high,
		// x3 0/6 low/low.
		{ name: 'x1', r: 1 / Math.sqrt(5), rw: 0.2, perf: 5, quadrant: 'low_priority' },
		{ name: 'x2', r: 2 / Math.sqrt(5), rw: 0.8, perf: 8, quadrant: 'keep_up_good_work' },
		{ name: 'x3', r: 0, rw: 0, perf: 6, quadrant: 'low_priority' }
	];
	it.each(cases)('$name', ({ name, r: corr, rw, perf, quadrant }) => {
		const d = r.drivers.find((x) => x.name === name)!;
		expect(d.correlation).toBeCloseTo(corr, 12);
		expect(d.beta).toBeCloseTo(corr, 12);
		expect(d.relativeWeight).toBeCloseTo(rw, 10);
		expect(d.relativeWeightShare).toBeCloseTo(rw, 10);
		expect(d.performance).toBe(perf);
		expect(d.quadrant).toBe(quadrant);
	});
	it('R² and the split', () => {
		expect(r.r2).toBeCloseTo(1, 10);
		expect(r.n).toBe(8);
		expect(r.importanceMean).toBeCloseTo(1 / 3, 10);
		expect(r.performanceMean).toBeCloseTo(19 / 3, 12);
	});
	it('a driver that performs below the mean but matters lands in concentrate here', () => {
		// x2 now averages 4, mean performance (5 + 4 + 6)/3 = 5: x1 (.2, 5 — on the line, so high
		// performance) overkill, x2 (.8, 4) concentrate here, x3 (0, 6) overkill.
		const p = { ...predictors, x2: f(v.map((a) => 4 + a)) };
		const d = ok(driverImportance(p, y)).drivers;
		expect(d.map((x) => x.quadrant)).toEqual([
			'possible_overkill',
			'concentrate_here',
			'possible_overkill'
		]);
	});
	it('the grid can use correlations or betas instead', () => {
		const byCorr = ok(driverImportance(predictors, y, 'correlation'));
		expect(byCorr.drivers.map((d) => d.importance)).toEqual(
			byCorr.drivers.map((d) => d.correlation)
		);
		expect(byCorr.importanceMean).toBeCloseTo(1 / Math.sqrt(5), 12);
		const byBeta = ok(driverImportance(predictors, y, 'beta'));
		expect(byBeta.drivers.map((d) => d.importance)).toEqual(byBeta.drivers.map((d) => d.beta));
	});
	const bad: { name: string; p: Record<string, Float64Array>; y: Float64Array; code: string }[] = [
		{
			name: 'collinear',
			p: { a: f([1, 2, 3, 4, 5]), b: f([2, 4, 6, 8, 10]) },
			y: f([1, 3, 2, 5, 4]),
			code: 'collinear_predictors'
		},
		{
			name: 'constant driver',
			p: { a: f([1, 2, 3, 4]), b: f([3, 3, 3, 3]) },
			y: f([1, 3, 2, 5]),
			code: 'zero_variance'
		},
		{
			name: 'too few complete rows',
			p: { a: f([1, 2, NaN]) },
			y: f([1, 2, 3]),
			code: 'too_few_respondents'
		},
		{ name: 'no drivers', p: {}, y: f([1, 2, 3]), code: 'too_few_items' }
	];
	it.each(bad)('$name → $code', ({ p, y: t, code }) => {
		const res = driverImportance(p, t);
		expect(isSatisfactionIssue(res) && res.code).toBe(code);
	});
});

describe('driverImportance on the bank survey', () => {
	// Construct means per respondent (all items 0–10, no blanks) → satisfaction. Reference values
	// computed outside this code base with NumPy (np.linalg.eigh for R^½, np.linalg.solve for β).
	const t = surveyFromCsvText(
		readFileSync('tests/fixtures/bank-satisfaction/satisfaction.csv', 'utf8')
	);
	const mean = (prefix: string, k: number) =>
		Float64Array.from({ length: t.length }, (_, i) => {
			let s = 0;
			for (let j = 1; j <= k; j++) s += t.items[`${prefix}${j}`][i];
			return s / k;
		});
	const r = ok(
		driverImportance(
			{
				image: mean('imag', 5),
				expectations: mean('expe', 5),
				quality: mean('qual', 5),
				value: mean('val', 4)
			},
			mean('sat', 4)
		)
	);
	const cases = [
		{ name: 'image', r: 0.66658273, beta: 0.18794645, rw: 0.16040008, perf: 7.5496 },
		{ name: 'expectations', r: 0.61036929, beta: 0.00892518, rw: 0.10271632, perf: 7.4944 },
		{ name: 'quality', r: 0.69221411, beta: 0.14975339, rw: 0.14388807, perf: 6.9568 },
		{ name: 'value', r: 0.80562022, beta: 0.55798355, rw: 0.27690928, perf: 7.082 }
	];
	it.each(cases)('$name matches NumPy', ({ name, r: corr, beta, rw, perf }) => {
		const d = r.drivers.find((x) => x.name === name)!;
		expect(d.correlation).toBeCloseTo(corr, 7);
		expect(d.beta).toBeCloseTo(beta, 7);
		expect(d.relativeWeight).toBeCloseTo(rw, 7);
		expect(d.performance).toBeCloseTo(perf, 10);
	});
	it('R² = Σ ε = r′β', () => {
		const viaBeta = r.drivers.reduce((s, d) => s + d.correlation * d.beta, 0);
		expect(r.r2).toBeCloseTo(viaBeta, 10);
		expect(r.r2).toBeCloseTo(0.68391375, 7);
		// Value matters most and performs below the mean of 7.2707 → concentrate here.
		expect(r.drivers.find((d) => d.name === 'value')!.quadrant).toBe('concentrate_here');
	});
});
