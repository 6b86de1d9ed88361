// `cli cohorts <file> [--grain week|month|quarter] [--metric retention|revenue]`: the acquisition
// cohort triangle. A cohort is named by the first day of its period; values[k] is period k after
// acquisition (k = 0 the acquisition period), null where the period is not observed yet.
// Not through engine/registry's `runAnalysis`: this command is synchronous (runCommand, and its
// tests unchanged, call it without await) and every registered analysis is async. It calls what
// the app's `lifecycleCohorts` runs: `cohortTable(customerDays(tx, asOf), { grain })` (here via
// `cohortsReport`, which picks one metric of that table).
import { COHORT_METRICS, GRAINS, cohortsReport } from '../../lib/analytics/lifecycle';
import type { CohortMetric, Grain } from '../../lib/analytics/lifecycle';
import { CliError } from '../args';
import { asOfOption, loadTransactionTable, orLifecycleCliError } from './lifecycle';

export const COHORTS_HELP = `usage: cli cohorts <file> [--grain week|month|quarter]
               [--metric retention|revenue|cumulative|active] [--as-of YYYY-MM-DD]
Groups customers by the period of their first purchase (weeks start on Monday). retention =
share of the cohort buying in period k; revenue = revenue in period k per cohort member;
cumulative = revenue up to period k per member; active = customers buying in period k.
Prints {grain, metric, asOf, cohorts: [{cohort, size, values}], average}.`;

export interface CohortsOutput {
	grain: Grain;
	metric: CohortMetric;
	asOf: string;
	cohorts: { cohort: string; size: number; values: (number | null)[] }[];
	/** Size-weighted average over the cohorts observed at each k. */
	average: (number | null)[];
}

export function cohortsCommand(file: string, options: Record<string, string>): CohortsOutput {
	const grain = (options.grain ?? 'month').toLowerCase() as Grain;
	if (!GRAINS.includes(grain))
		throw new CliError(`unknown grain "${options.grain}" (use week, month or quarter)`);
	const metric = (options.metric ?? 'retention').toLowerCase() as CohortMetric;
	if (!COHORT_METRICS.includes(metric))
		throw new CliError(`unknown metric "${options.metric}" (use ${COHORT_METRICS.join(', ')})`);
	const asOf = asOfOption(options['as-of']);
	const tx = loadTransactionTable(file, options);
	const r = orLifecycleCliError(() => cohortsReport(tx, { grain, metric, asOf }));
	return { grain: r.grain, metric: r.metric, asOf: r.asOf, cohorts: r.cohorts, average: r.average };
}
