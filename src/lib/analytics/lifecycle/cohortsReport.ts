// Headless report of acquisition cohorts for the CLI: one metric as a triangle of rows.
import { isoFromDay } from '../dates';
import type { Day, TransactionTable } from '../types';
import { cohortTable } from './cohortTable';
import { customerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';
import type { Grain } from './periodOfDay';
import { resolveAsOf } from './resolveAsOf';

export const COHORT_METRICS = ['retention', 'active', 'revenue', 'cumulative'] as const;
/** retention share, active customers, revenue per cohort member, cumulative revenue per member. */
export type CohortMetric = (typeof COHORT_METRICS)[number];

export interface CohortsReport {
	grain: Grain;
	metric: CohortMetric;
	asOf: string;
	/** values[k] = period k after acquisition (k = 0 the acquisition period); null = not observed. */
	cohorts: { cohort: string; size: number; values: (number | null)[] }[];
	/** Size-weighted average over the cohorts observed at each k. */
	average: (number | null)[];
}

export function cohortsReport(
	tx: TransactionTable,
	options: { grain: Grain; metric: CohortMetric; asOf?: Day | string }
): CohortsReport {
	const { grain, metric } = options;
	if (!COHORT_METRICS.includes(metric))
		throw new LifecycleError({ code: 'bad_metric', params: { metric } });
	if ((metric === 'revenue' || metric === 'cumulative') && tx.amount === null)
		throw new LifecycleError({ code: 'no_amount' });
	const asOf = resolveAsOf(tx, options.asOf);
	const table = cohortTable(customerDays(tx, asOf), { grain });
	const pick = (c: (typeof table.cohorts)[number]) =>
		metric === 'retention'
			? c.retention
			: metric === 'active'
				? c.active
				: metric === 'revenue'
					? c.revenue!
					: c.cumulative!;
	const avg = table.average;
	return {
		grain,
		metric,
		asOf: isoFromDay(asOf),
		cohorts: table.cohorts.map((c) => ({ cohort: c.label, size: c.size, values: pick(c) })),
		average:
			metric === 'retention'
				? avg.retention
				: metric === 'active'
					? avg.active
					: metric === 'revenue'
						? avg.revenue!
						: avg.cumulative!
	};
}
