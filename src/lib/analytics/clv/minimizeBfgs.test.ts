import { describe, expect, it } from 'vitest';
import { minimizeBfgs } from './minimizeBfgs';
import { hessianFromGradient, hessianFromValues, invertSpd } from './numericHessian';

describe('minimizeBfgs', () => {
	// Minima known by hand: Rosenbrock (1, 1); the quadratic (x-3)² + 10(y+2)² at (3, -2);
	// e^x - 2x (minimum at ln 2) where x > 1 is "outside the model" (Infinity).
	const cases: [string, (x: Float64Array, g: Float64Array) => number, number[], number[]][] = [
		[
			'Rosenbrock',
			(x, g) => {
				g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]);
				g[1] = 200 * (x[1] - x[0] * x[0]);
				return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] * x[0]) ** 2;
			},
			[-1.2, 1],
			[1, 1]
		],
		[
			'quadratic',
			(x, g) => {
				g[0] = 2 * (x[0] - 3);
				g[1] = 20 * (x[1] + 2);
				return (x[0] - 3) ** 2 + 10 * (x[1] + 2) ** 2;
			},
			[0, 0],
			[3, -2]
		],
		[
			'with an infinite region',
			(x, g) => {
				g[0] = Math.exp(x[0]) - 2;
				return x[0] > 1 ? Infinity : Math.exp(x[0]) - 2 * x[0];
			},
			[-5],
			[Math.LN2]
		]
	];
	it.each(cases)('%s', (_n, f, x0, expected) => {
		const r = minimizeBfgs(f, Float64Array.from(x0), { gradientTolerance: 1e-10 });
		expect(r.converged).toBe(true);
		expected.forEach((v, i) => expect(r.x[i]).toBeCloseTo(v, 7));
	});
	it('reports failure when it starts outside the model', () => {
		const r = minimizeBfgs(() => NaN, Float64Array.of(0));
		expect(r.converged).toBe(false);
	});
});

describe('numeric Hessians', () => {
	// f = x² + 3xy + 5y² has Hessian [[2, 3], [3, 10]], inverse [[10, -3], [-3, 2]] / 11.
	const f = (x: Float64Array) => x[0] ** 2 + 3 * x[0] * x[1] + 5 * x[1] ** 2;
	const g = (x: Float64Array, out: Float64Array) => {
		out[0] = 2 * x[0] + 3 * x[1];
		out[1] = 3 * x[0] + 10 * x[1];
	};
	const at = Float64Array.of(0.7, -1.3);
	const cases: [string, Float64Array][] = [
		['from the gradient', hessianFromGradient(g, at)],
		['from values', hessianFromValues(f, at)]
	];
	it.each(cases)('%s', (_n, H) => {
		[2, 3, 3, 10].forEach((v, i) => expect(H[i]).toBeCloseTo(v, 5));
		const inv = invertSpd(H, 2)!;
		[10 / 11, -3 / 11, -3 / 11, 2 / 11].forEach((v, i) => expect(inv[i]).toBeCloseTo(v, 5));
	});
	it('refuses a matrix that is not positive definite', () => {
		expect(invertSpd(Float64Array.of(1, 2, 2, 1), 2)).toBeNull();
	});
});
