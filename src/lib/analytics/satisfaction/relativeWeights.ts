// Johnson's (2000) relative weights: each predictor's share of R² when predictors are correlated.
// With R = Q Λ Q', the orthogonal counterparts Z of the predictors relate to them by
// Λ* = R^½ = Q Λ^½ Q' and regress on the target with β* = R^−½ r; predictor j then gets
// ε_j = Σ_k (Λ*_jk)² (β*_k)², and Σ ε_j = R². Null when the predictors are collinear.
import { symmetricEigen } from './symmetricEigen';

export interface RelativeWeights {
	/** Raw weights ε_j; they add up to r2. */
	raw: number[];
	r2: number;
}

export function relativeWeights(rxx: number[][], rxy: number[]): RelativeWeights | null {
	const k = rxy.length;
	const { values, vectors: q } = symmetricEigen(rxx);
	if (values.some((v) => !(v > 1e-10))) return null;
	const sqrtL = values.map(Math.sqrt);
	// Λ* = Q diag(√λ) Q' and R^−½ = Q diag(1/√λ) Q'.
	const lambdaStar = Array.from({ length: k }, (_, i) =>
		Array.from({ length: k }, (_, j) => {
			let s = 0;
			for (let m = 0; m < k; m++) s += q[i][m] * sqrtL[m] * q[j][m];
			return s;
		})
	);
	const betaStar = Array.from({ length: k }, (_, i) => {
		let s = 0;
		for (let j = 0; j < k; j++) {
			let inv = 0;
			for (let m = 0; m < k; m++) inv += (q[i][m] * q[j][m]) / sqrtL[m];
			s += inv * rxy[j];
		}
		return s;
	});
	const raw = lambdaStar.map((row) => row.reduce((s, l, m) => s + l * l * betaStar[m] ** 2, 0));
	return { raw, r2: raw.reduce((a, b) => a + b, 0) };
}
