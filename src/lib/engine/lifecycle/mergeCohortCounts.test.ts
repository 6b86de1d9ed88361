import { describe, expect, it } from 'vitest';
import type { CohortCounts } from './cohortCounts';
import { mergeCohortCounts } from './mergeCohortCounts';

/** Two cohorts (width 2): cells [i * 2 + k]. */
function counts(
	size: number[],
	active: number[],
	revenue: number[] | null,
	more: Partial<CohortCounts> = {}
): CohortCounts {
	return {
		grain: 'month',
		firstPeriod: 648,
		width: 2,
		labels: ['2024-01-01', '2024-02-01'],
		size: Float64Array.from(size),
		active: Float64Array.from(active),
		revenue: revenue ? Float64Array.from(revenue) : null,
		partialPeriod: null,
		...more
	};
}

const plain = (c: CohortCounts) => ({
	size: [...c.size],
	active: [...c.active],
	revenue: c.revenue ? [...c.revenue] : null,
	partialPeriod: c.partialPeriod
});

describe('mergeCohortCounts', () => {
	const cases = [
		{
			name: 'cell by cell',
			a: counts([2, 1], [2, 1, 1, 0], [17, 20, 5, 0]),
			b: counts([1, 0], [1, 0, 0, 0], [7.5, 0, 0, 0]),
			expected: {
				size: [3, 1],
				active: [3, 1, 1, 0],
				revenue: [24.5, 20, 5, 0],
				partialPeriod: null
			}
		},
		{
			name: 'without amounts',
			a: counts([1, 0], [1, 1, 0, 0], null),
			b: counts([0, 2], [0, 0, 2, 0], null),
			expected: { size: [1, 2], active: [1, 1, 2, 0], revenue: null, partialPeriod: null }
		},
		{
			name: 'a partly seen last period from either side',
			a: counts([1, 0], [1, 0, 0, 0], null),
			b: counts([0, 1], [0, 0, 1, 0], null, { partialPeriod: '2024-02-01' }),
			expected: {
				size: [1, 1],
				active: [1, 0, 1, 0],
				revenue: null,
				partialPeriod: '2024-02-01'
			}
		}
	];
	it.each(cases)('$name', ({ a, b, expected }) => {
		const before = plain(a);
		expect(plain(mergeCohortCounts(a, b))).toEqual(expected);
		// Pure: the parts are left as they were.
		expect(plain(a)).toEqual(before);
	});

	it.each([
		{ name: 'another first cohort', b: { firstPeriod: 649 } },
		{ name: 'another width', b: { width: 3 } },
		{ name: 'another grain', b: { grain: 'week' as const } }
	])('refuses parts that do not line up: $name', ({ b }) => {
		const a = counts([1, 0], [1, 0, 0, 0], null);
		expect(() => mergeCohortCounts(a, { ...a, ...b })).toThrow(/do not line up/);
	});

	it('refuses one part with revenue and one without', () => {
		const a = counts([1, 0], [1, 0, 0, 0], [5, 0, 0, 0]);
		expect(() => mergeCohortCounts(a, { ...a, revenue: null })).toThrow(/revenue/);
	});
});
