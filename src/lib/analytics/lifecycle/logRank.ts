// Log-rank test of equal survival across groups (Mantel–Haenszel; R survival's survdiff with
// rho = 0), from the groups' Kaplan–Meier tables: at every event time, each group's observed
// events against those expected from its share of the subjects at risk, with the
// hypergeometric covariance; chi-square on (groups − 1) degrees of freedom.
import { chiSquareUpper } from './chiSquareUpper';
import type { KaplanMeierCurve } from './kaplanMeier';

export interface LogRank {
	chisq: number;
	df: number;
	p: number;
	/** Per group given (groups without subjects get 0 and 0 and take no part in the test). */
	observed: number[];
	expected: number[];
}

/** Null when fewer than two groups have subjects, or nobody had the event. */
export function logRank(curves: KaplanMeierCurve[]): LogRank | null {
	const used = curves.map((c, g) => g).filter((g) => curves[g].n > 0);
	const observed = curves.map((c) => c.events);
	const expected = curves.map(() => 0);
	if (used.length < 2) return null;
	const times = [
		...new Set(used.flatMap((g) => curves[g].points.filter((p) => p.events > 0).map((p) => p.time)))
	].sort((a, b) => a - b);
	if (times.length === 0) return null;
	const k = used.length;
	// Walk each group's table alongside the pooled event times.
	const cursor = new Int32Array(k);
	const atRisk = new Float64Array(k);
	const deaths = new Float64Array(k);
	const V = new Float64Array(k * k);
	const U = new Float64Array(k);
	for (const t of times) {
		let n = 0;
		let d = 0;
		for (let j = 0; j < k; j++) {
			const pts = curves[used[j]].points;
			while (cursor[j] < pts.length && pts[cursor[j]].time < t) cursor[j]++;
			const p = pts[cursor[j]];
			// At risk at t: everyone whose time is ≥ t, i.e. the at-risk count of the group's next row.
			atRisk[j] = p ? p.atRisk : 0;
			deaths[j] = p && p.time === t ? p.events : 0;
			n += atRisk[j];
			d += deaths[j];
		}
		const spread = n > 1 ? (d * (n - d)) / (n - 1) : 0;
		for (let j = 0; j < k; j++) {
			const e = (d * atRisk[j]) / n;
			expected[used[j]] += e;
			U[j] += deaths[j] - e;
			for (let h = 0; h < k; h++)
				V[j * k + h] += (spread * atRisk[j] * ((j === h ? n : 0) - atRisk[h])) / (n * n);
		}
	}
	// U and V have rank k − 1 (they sum to zero): drop the last group and solve.
	const m = k - 1;
	const chisq = quadraticForm(V, k, U, m);
	if (chisq === null) return null;
	return { chisq, df: m, p: chiSquareUpper(chisq, m), observed, expected };
}

/** u' A⁻¹ u over the leading m × m block of the k × k matrix A (Gaussian elimination). */
function quadraticForm(A: Float64Array, k: number, u: Float64Array, m: number): number | null {
	const a = new Float64Array(m * (m + 1));
	for (let i = 0; i < m; i++) {
		for (let j = 0; j < m; j++) a[i * (m + 1) + j] = A[i * k + j];
		a[i * (m + 1) + m] = u[i];
	}
	const w = m + 1;
	for (let c = 0; c < m; c++) {
		let piv = c;
		for (let r = c + 1; r < m; r++) if (Math.abs(a[r * w + c]) > Math.abs(a[piv * w + c])) piv = r;
		if (!(Math.abs(a[piv * w + c]) > 1e-12)) return null;
		if (piv !== c)
			for (let j = 0; j < w; j++) {
				const tmp = a[c * w + j];
				a[c * w + j] = a[piv * w + j];
				a[piv * w + j] = tmp;
			}
		for (let r = 0; r < m; r++) {
			if (r === c) continue;
			const f = a[r * w + c] / a[c * w + c];
			for (let j = c; j < w; j++) a[r * w + j] -= f * a[c * w + j];
		}
	}
	let q = 0;
	for (let i = 0; i < m; i++) q += u[i] * (a[i * w + m] / a[i * w + i]);
	return q;
}
