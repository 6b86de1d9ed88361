// Log-rank test that several survival curves are equal (Mantel–Haenszel form): at each event
// time, observed vs expected events per group with the hypergeometric variance; chi-square on
// k − 1 degrees of freedom. The p-value is closed-form for two groups (erfc) and three (e^(−χ²/2));
// for more groups it is left null rather than approximated.
import { erfc } from './erfc';

export interface LogRank {
	chi2: number;
	df: number;
	p: number | null;
	observed: number[];
	expected: number[];
}

export function logRank(
	groups: { time: ArrayLike<number>; event: ArrayLike<number> }[]
): LogRank | null {
	const k = groups.length;
	if (k < 2) return null;
	const rows: { t: number; g: number; e: number }[] = [];
	groups.forEach((gr, g) => {
		for (let i = 0; i < gr.time.length; i++)
			if (Number.isFinite(gr.time[i])) rows.push({ t: gr.time[i], g, e: gr.event[i] ? 1 : 0 });
	});
	rows.sort((a, b) => a.t - b.t);
	const atRisk = groups.map((_, g) => rows.filter((r) => r.g === g).length);
	const observed = new Array<number>(k).fill(0);
	const expected = new Array<number>(k).fill(0);
	// Covariance of the first k − 1 groups' O − E.
	const v = Array.from({ length: k - 1 }, () => new Array<number>(k - 1).fill(0));
	let i = 0;
	while (i < rows.length) {
		const t = rows[i].t;
		let j = i;
		const d = new Array<number>(k).fill(0);
		const leaving = new Array<number>(k).fill(0);
		while (j < rows.length && rows[j].t === t) {
			d[rows[j].g] += rows[j].e;
			leaving[rows[j].g]++;
			j++;
		}
		const n = atRisk.reduce((a, b) => a + b, 0);
		const dt = d.reduce((a, b) => a + b, 0);
		if (dt > 0 && n > 0) {
			for (let g = 0; g < k; g++) {
				observed[g] += d[g];
				expected[g] += (dt * atRisk[g]) / n;
			}
			if (n > 1) {
				const f = (dt * (n - dt)) / (n * n * (n - 1));
				for (let a = 0; a < k - 1; a++)
					for (let b = 0; b < k - 1; b++)
						v[a][b] += f * (a === b ? atRisk[a] * (n - atRisk[a]) : -atRisk[a] * atRisk[b]);
			}
		}
		for (let g = 0; g < k; g++) atRisk[g] -= leaving[g];
		i = j;
	}
	const diff = observed.slice(0, k - 1).map((o, g) => o - expected[g]);
	let chi2: number;
	if (k === 2) chi2 = v[0][0] > 0 ? (diff[0] * diff[0]) / v[0][0] : 0;
	else if (k === 3) {
		const det = v[0][0] * v[1][1] - v[0][1] * v[1][0];
		if (!(det > 0)) chi2 = 0;
		else
			chi2 =
				(diff[0] * (v[1][1] * diff[0] - v[0][1] * diff[1]) +
					diff[1] * (-v[1][0] * diff[0] + v[0][0] * diff[1])) /
				det;
	} else return { chi2: NaN, df: k - 1, p: null, observed, expected };
	const p = k === 2 ? erfc(Math.sqrt(chi2 / 2)) : Math.exp(-chi2 / 2);
	return { chi2, df: k - 1, p, observed, expected };
}
