import { describe, expect, it } from 'vitest';
import type { CohortTable } from '$lib/analytics/lifecycle';
import { averageValues, cohortCsv, cohortCurves, cohortDomain, cohortValues } from './cohortView';

// Two monthly cohorts: January (4 members; 2 buy in Feb, 1 in Mar) and February (2; 1 in Mar).
// Revenue per member and cumulative per member worked out from those buyers' spend below.
const table: CohortTable = {
	grain: 'month',
	asOf: 0,
	width: 3,
	lastPeriodPartial: false,
	cohorts: [
		{
			period: 0,
			start: 0,
			label: '2024-01-01',
			size: 4,
			active: [4, 2, 1],
			retention: [1, 0.5, 0.25],
			revenue: [100, 30, 10],
			cumulative: [100, 130, 140]
		},
		{
			period: 1,
			start: 31,
			label: '2024-02-01',
			size: 2,
			active: [2, 1, null],
			retention: [1, 0.5, null],
			revenue: [80, 60, null],
			cumulative: [80, 140, null]
		}
	],
	average: {
		size: [6, 6, 4],
		active: [6, 3, 1],
		retention: [1, 0.5, 0.25],
		revenue: [(400 + 160) / 6, (120 + 120) / 6, 10],
		cumulative: [(400 + 160) / 6, (520 + 280) / 6, 140]
	},
	issues: []
};

describe('cohortView', () => {
	const domains = [
		// Period 0 is left out of per-period measures: retention max over k ≥ 1 is 0.5.
		{ metric: 'retention' as const, domain: [0, 0.5] },
		{ metric: 'revenue' as const, domain: [0, 60] },
		{ metric: 'active' as const, domain: [0, 2] },
		// Cumulative keeps every column: max 140.
		{ metric: 'cumulative' as const, domain: [0, 140] }
	];
	it.each(domains)('colour domain of $metric', ({ metric, domain }) => {
		expect(cohortDomain(table, metric)).toEqual(domain);
	});

	it('picks the measure of a cohort and the average', () => {
		expect(cohortValues(table.cohorts[1], 'cumulative')).toEqual([80, 140, null]);
		expect(averageValues(table, 'active')).toEqual([6, 3, 1]);
		expect(averageValues(table, 'revenue')[1]).toBeCloseTo(40, 12);
	});

	it('draws shown cohorts oldest-lightest and the average last', () => {
		const all = cohortCurves(table, 'retention', new Set(), 'avg');
		expect(all.map((c) => c.name)).toEqual(['2024-01-01', '2024-02-01', 'avg']);
		expect(all[2].width).toBeGreaterThan(all[0].width);
		expect(all[1].points).toEqual([
			{ x: 0, y: 1 },
			{ x: 1, y: 0.5 },
			{ x: 2, y: null }
		]);
		const some = cohortCurves(table, 'retention', new Set(['2024-01-01']), 'avg');
		expect(some.map((c) => c.name)).toEqual(['2024-02-01', 'avg']);
	});

	it('exports the triangle with an average row whose size is the total', () => {
		const csv = cohortCsv(table, 'retention', {
			cohort: 'cohort',
			size: 'size',
			period: (k) => `k${k}`,
			average: 'average'
		});
		expect(csv.header).toEqual(['cohort', 'size', 'k0', 'k1', 'k2']);
		expect(csv.rows).toEqual([
			['2024-01-01', 4, 1, 0.5, 0.25],
			['2024-02-01', 2, 1, 0.5, null],
			['average', 6, 1, 0.5, 0.25]
		]);
	});
});
