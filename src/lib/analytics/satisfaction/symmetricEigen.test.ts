import { describe, expect, it } from 'vitest';
import { symmetricEigen } from './symmetricEigen';

describe('symmetricEigen', () => {
	// [[1,ρ],[ρ,1]] has eigenvalues 1 ± ρ (vectors (1,1)/√2 and (1,−1)/√2); a diagonal matrix is its
	// own decomposition; [[2,1],[1,2]] → 1 and 3.
	const cases: { name: string; a: number[][]; values: number[] }[] = [
		{
			name: 'ρ = 0.6',
			a: [
				[1, 0.6],
				[0.6, 1]
			],
			values: [0.4, 1.6]
		},
		{
			name: 'diagonal',
			a: [
				[3, 0, 0],
				[0, 1, 0],
				[0, 0, 2]
			],
			values: [1, 2, 3]
		},
		{
			name: '[[2,1],[1,2]]',
			a: [
				[2, 1],
				[1, 2]
			],
			values: [1, 3]
		},
		{
			name: 'tridiagonal 2,−1',
			a: [
				[2, -1, 0],
				[-1, 2, -1],
				[0, -1, 2]
			],
			values: [2 - Math.SQRT2, 2, 2 + Math.SQRT2]
		}
	];
	it.each(cases)('$name', ({ a, values }) => {
		const e = symmetricEigen(a);
		expect([...e.values].sort((x, y) => x - y).map((x) => +x.toFixed(10))).toEqual(
			values.map((x) => +x.toFixed(10))
		);
		// A v = λ v for every pair.
		const n = a.length;
		for (let k = 0; k < n; k++)
			for (let i = 0; i < n; i++) {
				let av = 0;
				for (let j = 0; j < n; j++) av += a[i][j] * e.vectors[j][k];
				expect(av).toBeCloseTo(e.values[k] * e.vectors[i][k], 10);
			}
	});
});
