import { describe, expect, it } from 'vitest';
import { logBeta } from './logBeta';

describe('logBeta', () => {
	// B(a,b) = Γ(a)Γ(b)/Γ(a+b): B(1,1) = 1, B(2,3) = 1!2!/4! = 1/12, B(1/2,1/2) = π, B(a,1) = 1/a.
	const cases: [number, number, number][] = [
		[1, 1, 0],
		[2, 3, Math.log(1 / 12)],
		[3, 2, Math.log(1 / 12)],
		[0.5, 0.5, Math.log(Math.PI)],
		[7.25, 1, -Math.log(7.25)],
		[1e-3, 1, -Math.log(1e-3)]
	];
	it.each(cases)('ln B(%f, %f)', (a, b, expected) => {
		expect(Math.abs(logBeta(a, b) - expected)).toBeLessThan(
			1e-14 * Math.max(1, Math.abs(expected))
		);
	});
});
