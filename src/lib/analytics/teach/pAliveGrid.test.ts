import { describe, expect, it } from 'vitest';
import { CDNOW_BGNBD, frequencyParadox, pAlive, pAliveGrid } from './pAliveGrid';
import { TeachError } from './teachIssue';

describe('pAliveGrid', () => {
	const single = [
		// REFERENCES.md: x = 26, t_x = 30.857, T = 31 → P(alive) 0.96885.
		{
			name: 'published CDNOW customer',
			p: CDNOW_BGNBD,
			x: 26,
			tx: 30.857,
			T: 31,
			expected: 0.96885,
			digits: 5
		},
		// No repeat purchase: BG/NBD customers can only die right after a purchase, so 1.
		{ name: 'x = 0', p: CDNOW_BGNBD, x: 0, tx: 0, T: 31, expected: 1, digits: 12 },
		// By hand with a = b = r = α = 1, x = 1, t_x = 1, T = 3:
		// odds = a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x) = 1 · (4/2)^2 = 4 → 1/(1 + 4) = 0.2.
		{
			name: 'hand case',
			p: { r: 1, alpha: 1, a: 1, b: 1 },
			x: 1,
			tx: 1,
			T: 3,
			expected: 0.2,
			digits: 12
		},
		// Bought at the very end (t_x = T): odds = a/(b + x − 1) = 1/(1 + 2 − 1) = 0.5 → 2/3.
		{
			name: 'last purchase at T',
			p: { r: 1, alpha: 1, a: 1, b: 1 },
			x: 2,
			tx: 5,
			T: 5,
			expected: 2 / 3,
			digits: 12
		}
	];
	it.each(single)('$name', ({ p, x, tx, T, expected, digits }) => {
		expect(pAlive(p, x, tx, T)).toBeCloseTo(expected, digits);
	});

	it('increasing frequency paradox at t_x = 20, T = 39 (REFERENCES.md)', () => {
		const rows = frequencyParadox(CDNOW_BGNBD, 20, 39, 52);
		expect(rows.map((r) => r.x)).toEqual([10, 15, 20, 25]);
		// Published expected purchases in the next 52 weeks: 0.3475, 0.04283, 0.004159, 0.000358.
		// Each must round to the published figure: within half a unit of its last digit.
		const published = [
			{ value: 0.3475, half: 5e-5 },
			{ value: 0.04283, half: 5e-6 },
			{ value: 0.004159, half: 5e-7 },
			{ value: 0.000358, half: 5e-7 }
		];
		rows.forEach((r, i) =>
			expect(Math.abs(r.expected - published[i].value)).toBeLessThanOrEqual(published[i].half)
		);
		// The same fall shows in P(alive): more purchases, same recency → less likely alive.
		for (let i = 1; i < rows.length; i++) expect(rows[i].pAlive).toBeLessThan(rows[i - 1].pAlive);
	});

	it('grid: rows from maxX down to 0, columns 0 … T, impossible cells blank', () => {
		const g = pAliveGrid(CDNOW_BGNBD, 39, 3, 4);
		expect(g.xs).toEqual([3, 2, 1, 0]);
		expect(g.txs).toEqual([0, 13, 26, 39]);
		// x = 0 only at t_x = 0; x > 0 only at t_x > 0.
		expect(g.values[3]).toEqual([1, null, null, null]);
		expect(g.values[0][0]).toBeNull();
		// A cell equals the single-customer function.
		expect(g.values[1][2]).toBeCloseTo(pAlive(CDNOW_BGNBD, 2, 26, 39), 12);
		// A purchase at T gives the highest P(alive) in its row.
		expect(g.values[0][3]).toBeGreaterThan(g.values[0][1] ?? 1);
	});

	it.each([
		{ name: 'r = 0', run: () => pAliveGrid({ ...CDNOW_BGNBD, r: 0 }, 39, 5, 10) },
		{ name: 't_x > T', run: () => frequencyParadox(CDNOW_BGNBD, 40, 39, 52) },
		{ name: 'negative horizon', run: () => frequencyParadox(CDNOW_BGNBD, 20, 39, -1) }
	])('refuses $name', ({ run }) => {
		expect(run).toThrow(TeachError);
	});
});
