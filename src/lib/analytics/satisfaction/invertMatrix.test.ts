import { describe, expect, it } from 'vitest';
import { invertMatrix } from './invertMatrix';

describe('invertMatrix', () => {
	// Inverses by hand: [[a,b],[c,d]]⁻¹ = [[d,−b],[−c,a]] / (ad − bc); the 3×3 one is checked
	// by multiplying back below.
	const cases: { name: string; a: number[][]; inv: number[][] }[] = [
		{
			name: 'identity',
			a: [
				[1, 0],
				[0, 1]
			],
			inv: [
				[1, 0],
				[0, 1]
			]
		},
		{
			name: '2×2',
			a: [
				[4, 7],
				[2, 6]
			],
			inv: [
				[0.6, -0.7],
				[-0.2, 0.4]
			]
		},
		{
			name: 'correlation ρ = 0.6',
			a: [
				[1, 0.6],
				[0.6, 1]
			],
			inv: [
				[1.5625, -0.9375],
				[-0.9375, 1.5625]
			]
		},
		{
			name: 'needs a pivot swap',
			a: [
				[0, 1],
				[1, 0]
			],
			inv: [
				[0, 1],
				[1, 0]
			]
		}
	];
	it.each(cases)('$name', ({ a, inv }) => {
		const got = invertMatrix(a)!;
		got.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(inv[i][j], 12)));
	});
	it('3×3 times its inverse is the identity', () => {
		const a = [
			[2, -1, 0],
			[-1, 2, -1],
			[0, -1, 2]
		];
		const inv = invertMatrix(a)!;
		for (let i = 0; i < 3; i++)
			for (let j = 0; j < 3; j++) {
				const p = a[i][0] * inv[0][j] + a[i][1] * inv[1][j] + a[i][2] * inv[2][j];
				expect(p).toBeCloseTo(i === j ? 1 : 0, 12);
			}
		// Known inverse of this tridiagonal matrix: [[3,2,1],[2,4,2],[1,2,3]] / 4.
		expect(inv[1][1]).toBeCloseTo(1, 12);
		expect(inv[0][2]).toBeCloseTo(0.25, 12);
	});
	it('singular → null', () => {
		expect(
			invertMatrix([
				[1, 2],
				[2, 4]
			])
		).toBeNull();
		expect(
			invertMatrix([
				[1, 1],
				[1, 1]
			])
		).toBeNull();
	});
});
