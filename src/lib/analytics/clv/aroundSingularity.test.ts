import { describe, expect, it } from 'vitest';
import { aroundSingularity } from './aroundSingularity';

describe('aroundSingularity', () => {
	// (x^2 - 1)/(x - 1) = x + 1 is 0/0 at 1; (e^x - 1)/x → 1 at 0 (Taylor: 1 + x/2 + x²/6).
	const cases: [string, number, number, (v: number) => number, number][] = [
		['(x²-1)/(x-1) at 1', 1, 1, (x) => (x * x - 1) / (x - 1), 2],
		['(x²-1)/(x-1) at 1.0004', 1.0004, 1, (x) => (x * x - 1) / (x - 1), 2.0004],
		['(e^x-1)/x at 0', 0, 0, (x) => Math.expm1(x) / x, 1],
		['(e^x-1)/x at -3e-4', -3e-4, 0, (x) => Math.expm1(x) / x, 1 - 1.5e-4 + 1.5e-8 - 1.125e-12],
		[
			'far from the singularity it is f itself',
			0.5,
			0,
			(x) => Math.expm1(x) / x,
			Math.expm1(0.5) / 0.5
		]
	];
	it.each(cases)('%s', (_n, v, v0, f, expected) => {
		expect(Math.abs(aroundSingularity(v, v0, 1e-3, f) - expected)).toBeLessThan(1e-12);
	});
});
