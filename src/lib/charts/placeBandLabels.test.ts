import { describe, expect, it } from 'vitest';
import { placeBandLabels } from './placeBandLabels';

describe('placeBandLabels', () => {
	// Hand-placed: labels 20 px wide, gap 4, plot 200 px.
	const cases = [
		{
			name: 'wide bands: every label centred over its band',
			bands: [
				{ x0: 0, x1: 100 },
				{ x0: 100, x1: 200 }
			],
			expected: [
				{ x: 50, row: 0, outside: false },
				{ x: 150, row: 0, outside: false }
			]
		},
		{
			name: 'a band 6 px wide at the left edge: its label sits beside it, the next one moves right',
			bands: [
				{ x0: 0, x1: 6 },
				{ x0: 6, x1: 30 },
				{ x0: 30, x1: 200 }
			],
			expected: [
				{ x: 10, row: 0, outside: true },
				{ x: 34, row: 0, outside: true },
				{ x: 115, row: 0, outside: false }
			]
		},
		{
			name: 'a zero-wide band still gets its label, pushed clear of its neighbours',
			bands: [
				{ x0: 0, x1: 100 },
				{ x0: 100, x1: 100 },
				{ x0: 100, x1: 200 }
			],
			expected: [
				{ x: 50, row: 0, outside: false },
				{ x: 100, row: 0, outside: true },
				{ x: 150, row: 0, outside: false }
			]
		},
		{
			name: 'right edge: labels are pulled back inside the plot',
			bands: [
				{ x0: 0, x1: 196 },
				{ x0: 196, x1: 198 },
				{ x0: 198, x1: 200 }
			],
			expected: [
				{ x: 98, row: 0, outside: false },
				{ x: 166, row: 0, outside: true },
				{ x: 190, row: 0, outside: true }
			]
		}
	];
	for (const c of cases)
		it(c.name, () => {
			const got = placeBandLabels(
				c.bands,
				c.bands.map(() => 20),
				200
			);
			expect(got).toEqual(c.expected);
		});

	it('too many labels for one row: every second narrow one goes up a row, none overlap', () => {
		const bands = Array.from({ length: 10 }, (_, i) => ({ x0: i * 10, x1: i * 10 + 10 }));
		const got = placeBandLabels(
			bands,
			bands.map(() => 20),
			100
		);
		expect(got.map((g) => g.row)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
		for (const row of [0, 1]) {
			const xs = got.filter((g) => g.row === row).map((g) => g.x);
			for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(20);
		}
	});
});
