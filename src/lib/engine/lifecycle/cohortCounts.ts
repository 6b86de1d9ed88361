// Acquisition cohorts as counts that add up: one chunk of customers (whole customers, all their
// rows) → members per cohort, active members and revenue per cell, so that chunks summed with
// mergeCohortCounts give the whole file's cohort table. What `cli summarize --what cohorts` runs
// on each customer-sorted chunk DuckDB hands back; the Lifecycle view's lifecycleCohorts runs the
// same customerDays and cohortTable on the whole table at once.
//
// Chunks line up through the anchor: every chunk is given the file's first purchase day as one
// extra member without purchases, so all chunks share the first cohort and the width; that member
// is taken off again here, so each chunk's counts are its own customers' exactly.
import { cohortTable, customerDays, periodOfDay, type Grain } from '../../analytics/lifecycle';
import { isoFromDay } from '../../analytics/dates';
import { periodStartDay } from '../../analytics/lifecycle/periodOfDay';
import type { Day } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { lifecycleRun } from './lifecycleBase';

/** A type alias, not an interface: the registry's table checks it against plain params. */
export type CohortCountsParams = {
	/** The transactions of whole customers (a chunk of the file, or all of it). */
	id: string;
	/** Exclusive end of observation (as cohortTable). */
	asOf: Day;
	grain: Grain;
	/** The first purchase day of the whole file: fixes the first cohort of every chunk. */
	anchorDay: Day;
};

export interface CohortCounts {
	grain: Grain;
	/** Period index (periodOfDay) of cohort 0, and the number of cohorts and of k columns. */
	firstPeriod: number;
	width: number;
	/** First day of each cohort's period as YYYY-MM-DD. */
	labels: string[];
	/** Members per cohort. */
	size: Float64Array;
	/** Cohort i, period k at [i * width + k]: members with a purchase. */
	active: Float64Array;
	/** The same cells: revenue of the cohort's members (null when the data has no amounts). */
	revenue: Float64Array | null;
	/** The last period's first day when asOf cuts it short (cohortTable's partial_last_period). */
	partialPeriod: string | null;
}

export async function cohortCounts(
	ctx: AnalysisContext,
	params: CohortCountsParams
): Promise<CohortCounts> {
	const tx = await ctx.transactions(params.id);
	const { asOf, grain, anchorDay } = params;
	return lifecycleRun(() => {
		const t = cohortTable(customerDays(tx, asOf), {
			grain,
			nonBuyerAcquisitionDays: Int32Array.of(anchorDay)
		});
		const width = t.width;
		const firstPeriod = t.cohorts[0].period;
		const size = new Float64Array(width);
		const active = new Float64Array(width * width);
		const revenue = t.cohorts[0].revenue ? new Float64Array(width * width) : null;
		for (const c of t.cohorts) {
			const i = c.period - firstPeriod;
			size[i] = c.size;
			for (let k = 0; k < width - i; k++) {
				active[i * width + k] = c.active[k] ?? 0;
				// Per member × members: the cohort's revenue, as the CLI has always summed it.
				if (revenue && c.revenue) revenue[i * width + k] = (c.revenue[k] ?? 0) * c.size;
			}
		}
		// cohortTable counts an anchor before asOf in its cohort's size only.
		if (anchorDay < asOf) size[periodOfDay(grain, anchorDay) - firstPeriod]--;
		const partial = t.issues.find((x) => x.code === 'partial_last_period');
		return {
			grain,
			firstPeriod,
			width,
			labels: Array.from({ length: width }, (_, i) =>
				isoFromDay(periodStartDay(grain, firstPeriod + i))
			),
			size,
			active,
			revenue,
			partialPeriod: partial ? String(partial.params?.period ?? '') : null
		};
	});
}
