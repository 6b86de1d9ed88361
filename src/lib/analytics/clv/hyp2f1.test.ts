import { describe, expect, it } from 'vitest';
import { hyp2f1, hyp2f1Connection, hyp2f1Series, logHyp2f1 } from './hyp2f1';
import { logGamma } from './logGamma';

const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);

/** Naive Gauss sum, independent of the implementation: just adds terms for a long time. */
function naive(a: number, b: number, c: number, z: number, terms = 400000): number {
	let s = 1;
	let t = 1;
	for (let n = 0; n < terms; n++) {
		t *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
		s += t;
	}
	return s;
}

describe('hyp2f1 closed forms', () => {
	// Elementary cases (Abramowitz & Stegun 15.1): F(1,1;2;z) = -ln(1-z)/z, F(a,b;b;z) = (1-z)^-a,
	// F(1/2,1;3/2;u²) = artanh(u)/u, F(1/2,1/2;3/2;u²) = arcsin(u)/u. They cover z < 0 (Pfaff),
	// the series, and z near 1 with integer c-a-b (the interpolated connection formula).
	const cases: [string, number, number, number, number, number][] = [
		['F(1,1;2;-5)', 1, 1, 2, -5, Math.log(6) / 5],
		['F(1,1;2;-0.9)', 1, 1, 2, -0.9, Math.log(1.9) / 0.9],
		['F(1,1;2;0.1)', 1, 1, 2, 0.1, -Math.log(0.9) / 0.1],
		['F(1,1;2;0.85)', 1, 1, 2, 0.85, -Math.log(0.15) / 0.85],
		['F(1,1;2;0.95)', 1, 1, 2, 0.95, -Math.log(0.05) / 0.95],
		['F(1,1;2;0.999999)', 1, 1, 2, 0.999999, -Math.log1p(-0.999999) / 0.999999],
		['F(0.7,2.3;2.3;-3)', 0.7, 2.3, 2.3, -3, 4 ** -0.7],
		['F(0.7,2.3;2.3;0.4)', 0.7, 2.3, 2.3, 0.4, 0.6 ** -0.7],
		['F(0.7,2.3;2.3;0.97)', 0.7, 2.3, 2.3, 0.97, 0.03 ** -0.7],
		['F(1/2,1;3/2;0.25)', 0.5, 1, 1.5, 0.25, Math.atanh(0.5) / 0.5],
		['F(1/2,1;3/2;0.99)', 0.5, 1, 1.5, 0.99, Math.atanh(Math.sqrt(0.99)) / Math.sqrt(0.99)],
		['F(1/2,1/2;3/2;0.81)', 0.5, 0.5, 1.5, 0.81, Math.asin(0.9) / 0.9],
		[
			'F(1/2,1/2;3/2;0.9999)',
			0.5,
			0.5,
			1.5,
			0.9999,
			Math.asin(Math.sqrt(0.9999)) / Math.sqrt(0.9999)
		],
		// Polynomial: 1 - (2·3/4)z + (2·12/(20·2))z² at z = 0.95.
		['F(-2,3;4;0.95)', -2, 3, 4, 0.95, 1 - 1.5 * 0.95 + 0.6 * 0.95 * 0.95],
		// Gauss's theorem at z = 1: Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)).
		[
			'F(0.3,0.5;2;1)',
			0.3,
			0.5,
			2,
			1,
			Math.exp(logGamma(2) + logGamma(1.2) - logGamma(1.7) - logGamma(1.5))
		]
	];
	it.each(cases)('%s', (_name, a, b, c, z, expected) => {
		// 1-z is passed exactly where the test knows it better than 1 - z in floating point.
		expect(rel(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-9);
	});
});

describe('hyp2f1 on the parameters the models use', () => {
	// BG/NBD at the CDNOW fit: F(r, b; a+b-1; t/(α+t)), F(r+x, b+x; a+b+x-1; z); Pareto/NBD:
	// F(r+s+x, s+1; r+s+x+1; z), F(r+s+x, r+x; r+s+x+1; z). Compared with a long naive sum.
	const r = 0.2426;
	const a = 0.793;
	const b = 2.4262;
	const cases: [string, number, number, number, number][] = [
		['BG E[X(32)]', r, b, a + b - 1, 32 / 36.4136],
		['BG E[X(78)] (connection)', r, b, a + b - 1, 78 / 82.4136],
		['BG x=26, t=52', r + 26, b + 26, a + b + 25, 52 / (4.4136 + 31 + 52)],
		['BG x=2, t=39', r + 2, b + 2, a + b + 1, 39 / (4.4136 + 38.86 + 39)],
		['Pareto α>β', 0.55 + 0.61 + 3, 1.61, 0.55 + 0.61 + 4, 0.3],
		['Pareto α<β, x = 12', 0.55 + 0.61 + 12, 12.55, 0.55 + 0.61 + 13, 0.6],
		['Pareto s near 1 (connection)', 1.55 + 2, 2.0000001, 1.55 + 3, 0.93]
	];
	it.each(cases)('%s', (_name, pa, pb, pc, z) => {
		expect(rel(hyp2f1(pa, pb, pc, z), naive(pa, pb, pc, z))).toBeLessThan(1e-10);
	});

	const overlap = [
		[r, b, a + b - 1],
		[3.1, 1.6, 4.2],
		[0.5, 1.7, 0.3],
		[2.5, 0.5, 1.25]
	];
	it.each(overlap)(
		'series and connection formula agree at z = 0.92 for (%f, %f, %f)',
		(pa, pb, pc) => {
			const s = hyp2f1Series(pa, pb, pc, 0.92);
			const cf = hyp2f1Connection(pa, pb, pc, 1 - 0.92);
			expect(cf.sign).toBe(s.sign);
			expect(Math.abs(cf.log - s.log)).toBeLessThan(1e-11);
		}
	);

	it('keeps large-parameter values in log form instead of overflowing', () => {
		// Euler: F(A,B;C;z) = (1-z)^(C-A-B) F(C-A, C-B; C; z). With A = 600.24, B = 602.43,
		// C = 601.22 and z = 0.8 the value is about 5^601, beyond double range.
		const [A, B, C, z] = [600.2426, 602.4262, 601.2192, 0.8];
		const expected = (C - A - B) * Math.log(0.2) + Math.log(naive(C - A, C - B, C, z, 2000));
		expect(rel(logHyp2f1(A, B, C, z), expected)).toBeLessThan(1e-12);
		expect(hyp2f1(A, B, C, z)).toBe(Infinity);
	});

	it('returns NaN outside its domain instead of a wrong number', () => {
		expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
		expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
		expect(hyp2f1(1, 1, 2, 1)).toBe(Infinity);
	});
});

describe('hyp2f1Series past its term limit', () => {
	// Terms fall like n^(a+b-c-1) z^n: at z = 1 - 1e-8 the series needs ~1e16 terms for
	// double precision. A sum cut off at the limit used to come back as the value.
	it.each([
		[1, 1, 2.5, 1 - 1e-8],
		[0.5, 0.5, 1.5, 1 - 1e-9]
	])('2F1(%d, %d; %d; %d) → NaN, not a truncated sum', (a, b, c, z) => {
		expect(hyp2f1Series(a, b, c, z).log).toBeNaN();
	});
});
