// Retention of the customers acquired in one window against those acquired in the window it is
// compared with, at the same ages. Cohorts are calendar months (analytics/lifecycle/cohortTable);
// a month belongs to the window its first day falls in. At age k (months since the acquisition
// month) a window's retention is the size-weighted average over its cohorts observed at k:
// customers active in month k over the customers of those cohorts. An age is listed only where
// both windows have a cohort observed at it, so a young cohort's missing months never read as 0.
import type { Cohort } from '../lifecycle/cohortTable';
import type { Window } from './comparePeriods';

export interface RetentionAt {
	/** Customers of the cohorts observed at this age. */
	customers: number;
	active: number;
	retention: number | null;
}

export interface CohortRetentionRow {
	age: number;
	now: RetentionAt;
	before: RetentionAt;
	/** Now minus before, in shares (× 100 = percentage points). */
	change: number | null;
}

export interface CohortRetentionCompare {
	/** Customers acquired in each window (every cohort of it, observed or not). */
	sizeNow: number;
	sizeBefore: number;
	rows: CohortRetentionRow[];
}

export const COMPARED_AGES = [1, 2, 3, 6, 9, 12, 18, 24];

function at(cohorts: readonly Cohort[], w: Window, k: number): RetentionAt {
	let customers = 0;
	let active = 0;
	for (const c of cohorts) {
		if (c.start < w.from || c.start > w.to) continue;
		const a = c.active[k];
		if (a === null || a === undefined) continue;
		customers += c.size;
		active += a;
	}
	return { customers, active, retention: customers > 0 ? active / customers : null };
}

export function compareCohorts(
	cohorts: readonly Cohort[],
	now: Window,
	before: Window,
	ages: readonly number[] = COMPARED_AGES
): CohortRetentionCompare {
	const size = (w: Window) =>
		cohorts.reduce((s, c) => (c.start >= w.from && c.start <= w.to ? s + c.size : s), 0);
	const rows: CohortRetentionRow[] = [];
	for (const age of ages) {
		const n = at(cohorts, now, age);
		const b = at(cohorts, before, age);
		if (n.retention === null || b.retention === null) continue;
		rows.push({ age, now: n, before: b, change: n.retention - b.retention });
	}
	return { sizeNow: size(now), sizeBefore: size(before), rows };
}
