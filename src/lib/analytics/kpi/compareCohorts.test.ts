import { describe, expect, it } from 'vitest';
import { dayFromISO as d } from '../dates';
import type { Cohort } from '../lifecycle/cohortTable';
import { compareCohorts } from './compareCohorts';

// Monthly cohorts by hand: active[k] = customers buying k months after acquisition; null = not
// observed yet. Before = 2023-01 … 2023-02, now = 2023-03 … 2023-04.
const cohort = (month: string, size: number, active: (number | null)[]): Cohort => ({
	period: 0,
	start: d(`${month}-01`),
	label: `${month}-01`,
	size,
	active,
	retention: active.map((a) => (a === null ? null : a / size)),
	revenue: null,
	cumulative: null
});
const cohorts = [
	cohort('2022-12', 50, [50, 50, 50, 50]), // before both windows: never counted
	cohort('2023-01', 10, [10, 4, 3, 2]),
	cohort('2023-02', 30, [30, 6, 3, null]),
	cohort('2023-03', 20, [20, 10, null, null]),
	cohort('2023-04', 5, [5, null, null, null])
];
const before = { from: d('2023-01-01'), to: d('2023-02-28') };
const now = { from: d('2023-03-01'), to: d('2023-04-30') };

describe('compareCohorts', () => {
	it.each([
		{
			ages: [1, 2, 3],
			// Age 1: now 10 of 20 (April not observed) = 0.5; before (4 + 6) of 40 = 0.25 → +0.25.
			// Age 2: now nobody observed → no row. Age 3: now nobody → no row.
			expected: [
				{
					age: 1,
					now: { customers: 20, active: 10, retention: 0.5 },
					before: { customers: 40, active: 10, retention: 0.25 },
					change: 0.25
				}
			]
		},
		{
			ages: [0],
			// Age 0 (the acquisition month): everyone, 1 against 1 → no change.
			expected: [
				{
					age: 0,
					now: { customers: 25, active: 25, retention: 1 },
					before: { customers: 40, active: 40, retention: 1 },
					change: 0
				}
			]
		}
	])('ages $ages', ({ ages, expected }) => {
		const r = compareCohorts(cohorts, now, before, ages);
		expect([r.sizeNow, r.sizeBefore]).toEqual([25, 40]);
		expect(r.rows).toEqual(expected);
	});

	it('windows the other way round: before is the younger window, ages both reached', () => {
		// Now = 2023-01 … 2023-02, before = 2022-12: age 2 now (3 + 3) / 40 = 0.15, before 1.
		const r = compareCohorts(
			cohorts,
			before,
			{ from: d('2022-12-01'), to: d('2022-12-31') },
			[2, 3]
		);
		expect(r.rows.map((x) => [x.age, x.now.retention, x.before.retention, x.change])).toEqual([
			[2, 0.15, 1, 0.15 - 1],
			// Age 3: only January observed now: 2 / 10.
			[3, 0.2, 1, 0.2 - 1]
		]);
	});
});
