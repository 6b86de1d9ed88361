import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { dayFromISO } from '../dates';
import { bgnbdLogLik, mbgnbdLogLik } from './betaGeoLogLik';
import { clvSummary } from './clvSummary';
import type { TransactionRows } from './clvTypes';
import { gammaGammaLogLik } from './gammaGammaLogLik';
import { groupSpendRows, groupTransactionRows } from './groupRows';
import { logGamma } from './logGamma';
import { paretoNbdLogLik } from './paretoNbdLogLik';

const one = (x: number, tx: number, T: number): TransactionRows => ({
	length: 1,
	x: Float64Array.of(x),
	tx: Float64Array.of(tx),
	T: Float64Array.of(T),
	weight: Float64Array.of(1)
});

/** Composite Simpson on [lo, hi]. */
function simpson(f: (y: number) => number, lo: number, hi: number, n = 20000): number {
	const h = (hi - lo) / n;
	let s = f(lo) + f(hi);
	for (let k = 1; k < n; k++) s += (k % 2 ? 4 : 2) * f(lo + k * h);
	return (s * h) / 3;
}

const bg = { r: 0.5, alpha: 3, a: 1.5, b: 4 };
const pn = { r: 0.6, alpha: 8, s: 0.7, beta: 12 };

describe('single-customer likelihoods by hand', () => {
	// BG/NBD x = 0: only the "alive" path, L = (α/(α+T))^r.
	// BG/NBD x = 2: Γ(r+2)/Γ(r) = r(r+1); B(a,b+2)/B(a,b) = b(b+1)/((a+b)(a+b+1));
	//   B(a+1,b+1)/B(a,b) = ab/((a+b)(a+b+1)).
	// MBG/NBD x = 0, t_x = 0: L = b/(a+b) (α/(α+T))^r + a/(a+b) (may drop at time 0).
	// Pareto/NBD x = 0 with α = β: individually L = μ/(λ+μ) + λ/(λ+μ) e^-(λ+μ)T; with equal scales
	//   λ/(λ+μ) ~ Beta(r, s) is independent of λ+μ ~ Gamma(r+s, α), so
	//   L = s/(r+s) + r/(r+s) (α/(α+T))^(r+s).
	// Pareto/NBD x = 3: the integral form Γ(r+x)α^r β^s/Γ(r)[(α+T)^-(r+x)(β+T)^-s
	//   + s ∫_{t_x}^T (α+y)^-(r+x) (β+y)^-(s+1) dy] by Simpson.
	const { r, alpha, a, b } = bg;
	const head2 = Math.log(r * (r + 1)) + r * Math.log(alpha);
	const pnInt = (x: number, tx: number, T: number) =>
		Math.log(
			Math.exp(logGamma(pn.r + x) - logGamma(pn.r)) *
				pn.alpha ** pn.r *
				pn.beta ** pn.s *
				((pn.alpha + T) ** -(pn.r + x) * (pn.beta + T) ** -pn.s +
					pn.s *
						simpson((y) => (pn.alpha + y) ** -(pn.r + x) * (pn.beta + y) ** -(pn.s + 1), tx, T))
		);
	const cases: [string, () => number, number][] = [
		['BG/NBD x=0', () => bgnbdLogLik(bg, one(0, 0, 10)), r * Math.log(alpha / (alpha + 10))],
		[
			'BG/NBD x=2',
			() => bgnbdLogLik(bg, one(2, 6, 10)),
			head2 +
				Math.log(
					((b * (b + 1)) / ((a + b) * (a + b + 1))) * (alpha + 10) ** -(r + 2) +
						((a * b) / ((a + b) * (a + b + 1))) * (alpha + 6) ** -(r + 2)
				)
		],
		[
			'MBG/NBD x=0',
			() => mbgnbdLogLik(bg, one(0, 0, 10)),
			Math.log((b / (a + b)) * (alpha / (alpha + 10)) ** r + a / (a + b))
		],
		[
			'Pareto/NBD x=0, α=β',
			() => paretoNbdLogLik({ ...pn, beta: pn.alpha }, one(0, 0, 10)),
			Math.log(
				pn.s / (pn.r + pn.s) +
					(pn.r / (pn.r + pn.s)) * (pn.alpha / (pn.alpha + 10)) ** (pn.r + pn.s)
			)
		],
		['Pareto/NBD x=3, α<β', () => paretoNbdLogLik(pn, one(3, 4, 10)), pnInt(3, 4, 10)],
		['Pareto/NBD x=3, α>β', () => paretoNbdLogLik({ ...pn, alpha: 20 }, one(3, 4, 10)), 0],
		['Pareto/NBD x=0, α<β', () => paretoNbdLogLik(pn, one(0, 0, 25)), pnInt(0, 0, 25)]
	];
	it.each(cases)('%s', (name, f, expected) => {
		if (name === 'Pareto/NBD x=3, α>β') {
			const alt = { ...pn, alpha: 20 };
			const x = 3;
			const integral = simpson(
				(y) => (20 + y) ** -(alt.r + x) * (alt.beta + y) ** -(alt.s + 1),
				4,
				10
			);
			expected = Math.log(
				Math.exp(logGamma(alt.r + x) - logGamma(alt.r)) *
					20 ** alt.r *
					alt.beta ** alt.s *
					(30 ** -(alt.r + x) * (alt.beta + 10) ** -alt.s + alt.s * integral)
			);
		}
		expect(Math.abs(f() - expected)).toBeLessThan(1e-10);
	});

	it('Gamma-Gamma: x = 1 is the gamma-gamma density; the density of the mean integrates to 1', () => {
		// p = q = γ = 1, x = 1, z = 1: Γ(2)/(Γ(1)Γ(1)) · 1 · 1 / 2² = 1/4.
		const rows = (x: number, z: number) => ({
			length: 1,
			x: Float64Array.of(x),
			mean: Float64Array.of(z),
			weight: Float64Array.of(1)
		});
		expect(gammaGammaLogLik({ p: 1, q: 1, gamma: 1 }, rows(1, 1))).toBeCloseTo(Math.log(0.25), 14);
		const par = { p: 2.5, q: 3, gamma: 10 };
		// Substitute z = u/(1-u) to integrate over (0, ∞).
		const mass = simpson(
			(u) =>
				u <= 0 || u >= 1 ? 0 : Math.exp(gammaGammaLogLik(par, rows(3, u / (1 - u)))) / (1 - u) ** 2,
			0,
			1
		);
		expect(mass).toBeCloseTo(1, 8);
	});
});

describe('analytic gradients match central differences', () => {
	const rows = groupTransactionRows(
		Float64Array.of(0, 1, 4, 4, 12),
		Float64Array.of(0, 3, 20, 9.5, 30),
		Float64Array.of(12, 30, 31, 25, 31)
	);
	const fd = (f: (v: number[]) => number, v: number[]) =>
		v.map((_, i) => {
			const h = 1e-6 * v[i];
			const up = v.slice();
			const dn = v.slice();
			up[i] += h;
			dn[i] -= h;
			return (f(up) - f(dn)) / (2 * h);
		});
	const cases: [string, number[], (v: number[], g?: Float64Array) => number][] = [
		[
			'BG/NBD',
			[0.4, 5, 0.8, 2.5],
			(v, g) => bgnbdLogLik({ r: v[0], alpha: v[1], a: v[2], b: v[3] }, rows, g)
		],
		[
			'MBG/NBD',
			[0.4, 5, 0.8, 2.5],
			(v, g) => mbgnbdLogLik({ r: v[0], alpha: v[1], a: v[2], b: v[3] }, rows, g)
		],
		[
			'Gamma-Gamma',
			[4, 3, 12],
			(v, g) =>
				gammaGammaLogLik(
					{ p: v[0], q: v[1], gamma: v[2] },
					{
						length: 3,
						x: Float64Array.of(1, 2, 7),
						mean: Float64Array.of(10, 35, 22),
						weight: Float64Array.of(3, 1, 2)
					},
					g
				)
		]
	];
	it.each(cases)('%s', (_n, v, f) => {
		const g = new Float64Array(v.length);
		f(v, g);
		const num = fd((w) => f(w), v);
		num.forEach((d, i) => expect(Math.abs(g[i] - d)).toBeLessThan(1e-6 * Math.max(1, Math.abs(d))));
	});
});

describe('CDNOW log-likelihoods at the published parameters (REFERENCES.md)', () => {
	const s = clvSummary(loadCdnow('sample'), {
		calibrationEnd: dayFromISO('1997-09-30'),
		unit: 'week'
	});
	const rows = groupTransactionRows(s.x, s.tx, s.T);
	const cases: [string, () => number, number][] = [
		[
			'BG/NBD',
			() => bgnbdLogLik({ r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 }, rows),
			-9582.43
		],
		[
			'Pareto/NBD',
			() => paretoNbdLogLik({ r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.669 }, rows),
			-9594.98
		],
		[
			'Gamma-Gamma (946 repeaters, with the x^(px) factor)',
			() =>
				gammaGammaLogLik(
					{ p: 6.2496, q: 3.7442, gamma: 15.4435 },
					groupSpendRows(s.spendCount, s.meanSpend)
				),
			-4055.92
		]
	];
	it.each(cases)('%s', (_n, f, expected) => {
		expect(Math.abs(f() - expected)).toBeLessThan(0.01);
	});
	it('grouping does not change the likelihood', () => {
		const raw = {
			length: s.length,
			x: s.x,
			tx: s.tx,
			T: s.T,
			weight: new Float64Array(s.length).fill(1)
		};
		const p = { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 };
		expect(rows.length).toBeLessThan(s.length / 2);
		expect(bgnbdLogLik(p, rows)).toBeCloseTo(bgnbdLogLik(p, raw), 8);
	});
});
