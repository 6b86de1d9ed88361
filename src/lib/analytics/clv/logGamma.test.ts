import { describe, expect, it } from 'vitest';
import { gammaSign, logGamma } from './logGamma';

function factorial(n: number): number {
	let f = 1;
	for (let k = 2; k <= n; k++) f *= k;
	return f;
}
const SQRT_PI = Math.sqrt(Math.PI);
const EULER = 0.5772156649015329;
const near1 = (e: number) =>
	-EULER * e + (Math.PI ** 2 / 12) * e * e - (1.2020569031595942 / 3) * e ** 3;

describe('logGamma', () => {
	// Exact values: Γ(n) = (n-1)!, Γ(1/2) = √π, Γ(n+1/2) = (2n)! √π / (4^n n!), Γ(1/4) and Γ(1/3)
	// to 20 digits from the tables, and Γ(-1/2) = -2√π by reflection.
	const cases: [string, number, number][] = [
		['Γ(3) = 2', 3, Math.log(2)],
		['Γ(5) = 24', 5, Math.log(24)],
		['Γ(10) = 9!', 10, Math.log(factorial(9))],
		['Γ(20) = 19!', 20, Math.log(factorial(19))],
		['Γ(171) = 170!', 171, Math.log(factorial(170))],
		['Γ(1/2) = √π', 0.5, Math.log(SQRT_PI)],
		['Γ(7/2) = 15√π/8', 3.5, Math.log((15 * SQRT_PI) / 8)],
		['Γ(1/4)', 0.25, Math.log(3.625609908221908)],
		['Γ(1/3)', 1 / 3, Math.log(2.6789385347077475)],
		['Γ(-1/2) = -2√π', -0.5, Math.log(2 * SQRT_PI)],
		['Γ(-3/2) = 4√π/3', -1.5, Math.log((4 * SQRT_PI) / 3)],
		// Near 1 and 2 lnΓ vanishes: lnΓ(1+e) = -γe + ζ(2)e²/2 - ζ(3)e³/3 …
		// (e is taken as the exact double x - 1, so the test measures lnΓ and not the rounding of x.)
		['Γ(1 + 1e-6)', 1 + 1e-6, near1(1 + 1e-6 - 1)],
		['Γ(2 - 1e-7) = Γ(1-1e-7)(1-1e-7)', 2 - 1e-7, Math.log1p(2 - 1e-7 - 2) + near1(2 - 1e-7 - 2)],
		// Stirling with its first correction is exact to 1e-31 at 1e10.
		[
			'Γ(1e10)',
			1e10,
			(1e10 - 0.5) * Math.log(1e10) - 1e10 + 0.5 * Math.log(2 * Math.PI) + 1 / 12e10
		]
	];
	it.each(cases)('%s', (_name, x, expected) => {
		expect(Math.abs(logGamma(x) - expected)).toBeLessThanOrEqual(
			1e-13 * Math.abs(expected) + 1e-300
		);
	});

	// The recurrence Γ(x+1) = x Γ(x) across every branch boundary of the implementation.
	const steps = [0.05, 0.3, 0.79, 0.81, 1.19, 1.21, 1.7, 1.81, 2.19, 4.2, 9.5, 9.99, 10.5, 123.4];
	it.each(steps)('lnΓ(x+1) = lnΓ(x) + ln x at x = %f', (x) => {
		const lhs = logGamma(x + 1);
		const rhs = logGamma(x) + Math.log(x);
		expect(Math.abs(lhs - rhs)).toBeLessThan(1e-13 * Math.max(1, Math.abs(lhs)));
	});

	it('is infinite at the poles and signs alternate on the negative axis', () => {
		expect(logGamma(0)).toBe(Infinity);
		expect(logGamma(-3)).toBe(Infinity);
		expect([
			gammaSign(2.5),
			gammaSign(-0.5),
			gammaSign(-1.5),
			gammaSign(-2.5),
			gammaSign(-2)
		]).toEqual([1, -1, 1, -1, 0]);
	});
});
