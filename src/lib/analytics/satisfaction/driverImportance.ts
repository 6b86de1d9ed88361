// Key-driver analysis: how strongly each item or construct goes with a target (loyalty or overall
// satisfaction), next to how well it performs (its mean), placed on the importance–performance
// grid. Importance is measured three ways on the complete cases (listwise): the correlation with
// the target, the standardized regression coefficient (which can flip sign when drivers overlap),
// and Johnson's relative weight (share of R², never negative); the grid uses one of them.
import { invertMatrix } from './invertMatrix';
import { ipaQuadrants, type IpaQuadrant } from './ipaQuadrants';
import { relativeWeights } from './relativeWeights';
import type { SatisfactionIssue } from './satisfactionIssue';

export type ImportanceMeasure = 'relativeWeight' | 'correlation' | 'beta';

export interface Driver {
	name: string;
	correlation: number;
	beta: number;
	/** Raw relative weight ε (a part of R²). */
	relativeWeight: number;
	/** ε / R²: the driver's share of the explained variance. */
	relativeWeightShare: number;
	/** Mean of the driver over the complete cases, on its own scale. */
	performance: number;
	/** The value used on the grid, per `importanceMeasure`. */
	importance: number;
	quadrant: IpaQuadrant;
}

export interface DriverAnalysis {
	n: number;
	r2: number;
	importanceMeasure: ImportanceMeasure;
	importanceMean: number;
	performanceMean: number;
	drivers: Driver[];
}

export function driverImportance(
	predictors: Record<string, Float64Array>,
	target: Float64Array,
	importanceMeasure: ImportanceMeasure = 'relativeWeight'
): DriverAnalysis | SatisfactionIssue {
	const names = Object.keys(predictors);
	const k = names.length;
	if (k === 0) return { code: 'too_few_items', n: 0 };
	const cols = [...names.map((n) => predictors[n]), target];
	if (cols.some((c) => c.length !== target.length)) return { code: 'length_mismatch' };
	const rows: number[] = [];
	for (let i = 0; i < target.length; i++) if (cols.every((c) => !Number.isNaN(c[i]))) rows.push(i);
	const n = rows.length;
	if (n < k + 2) return { code: 'too_few_respondents', n };
	const means = cols.map((c) => rows.reduce((s, i) => s + c[i], 0) / n);
	// Correlation matrix of predictors and target (last row/column).
	const m = cols.length;
	const cov = Array.from({ length: m }, () => new Array<number>(m).fill(0));
	for (const i of rows)
		for (let a = 0; a < m; a++) {
			const da = cols[a][i] - means[a];
			for (let b = a; b < m; b++) cov[a][b] += da * (cols[b][i] - means[b]);
		}
	for (let a = 0; a < m; a++)
		if (!(cov[a][a] > 0)) return { code: 'zero_variance', item: a < k ? names[a] : 'target', n };
	const corr = (a: number, b: number) =>
		(a <= b ? cov[a][b] : cov[b][a]) / Math.sqrt(cov[a][a] * cov[b][b]);
	const rxx = names.map((_, a) => names.map((_, b) => corr(a, b)));
	const rxy = names.map((_, a) => corr(a, k));
	const inv = invertMatrix(rxx);
	const rw = inv && relativeWeights(rxx, rxy);
	if (!inv || !rw) return { code: 'collinear_predictors', n };
	const beta = inv.map((row) => row.reduce((s, v, b) => s + v * rxy[b], 0));
	const importance =
		importanceMeasure === 'correlation' ? rxy : importanceMeasure === 'beta' ? beta : rw.raw;
	const performance = means.slice(0, k);
	const split = ipaQuadrants(importance, performance);
	return {
		n,
		r2: rw.r2,
		importanceMeasure,
		importanceMean: split.importanceMean,
		performanceMean: split.performanceMean,
		drivers: names.map((name, j) => ({
			name,
			correlation: rxy[j],
			beta: beta[j],
			relativeWeight: rw.raw[j],
			relativeWeightShare: rw.r2 > 0 ? rw.raw[j] / rw.r2 : 0,
			performance: performance[j],
			importance: importance[j],
			quadrant: split.quadrants[j]
		}))
	};
}
