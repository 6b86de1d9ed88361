import { describe, expect, it } from 'vitest';
import { digamma } from './digamma';
import { logGamma } from './logGamma';

const G = 0.5772156649015329;
function harmonic(n: number): number {
	let h = 0;
	for (let k = n; k >= 1; k--) h += 1 / k;
	return h;
}

describe('digamma', () => {
	// Gauss's digamma theorem for rational arguments, ψ(n+1) = H_n - γ, and ψ(x+1) = ψ(x) + 1/x.
	const cases: [string, number, number][] = [
		['ψ(1) = -γ', 1, -G],
		['ψ(1/2) = -γ - 2 ln 2', 0.5, -G - 2 * Math.LN2],
		['ψ(1/4) = -γ - π/2 - 3 ln 2', 0.25, -G - Math.PI / 2 - 3 * Math.LN2],
		[
			'ψ(1/3) = -γ - π/(2√3) - 3/2 ln 3',
			1 / 3,
			-G - Math.PI / (2 * Math.sqrt(3)) - 1.5 * Math.log(3)
		],
		['ψ(6) = H_5 - γ', 6, harmonic(5) - G],
		['ψ(21) = H_20 - γ', 21, harmonic(20) - G],
		['ψ(-1/2) = ψ(1/2) + 2', -0.5, -G - 2 * Math.LN2 + 2]
	];
	it.each(cases)('%s', (_n, x, expected) => {
		expect(Math.abs(digamma(x) - expected)).toBeLessThan(1e-14 * Math.max(1, Math.abs(expected)));
	});

	const xs = [0.2, 1.3, 3.7, 12.5, 250];
	it.each(xs)('matches the central difference of lnΓ at %f', (x) => {
		const h = 1e-5 * x;
		const fd = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
		expect(Math.abs(digamma(x) - fd)).toBeLessThan(1e-8 * Math.max(1, Math.abs(fd)));
	});

	it('is NaN at its poles', () => {
		expect(digamma(0)).toBeNaN();
		expect(digamma(-2)).toBeNaN();
	});
});
