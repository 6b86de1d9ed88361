// `cli cohorts <file> [--grain week|month|quarter] [--metric retention|revenue]`: the acquisition
// cohort triangle. A cohort is named by the first day of its period; values[k] is period k after
// acquisition (k = 0 the acquisition period), null where the period is not observed yet.
// Runs the Lifecycle view's own `lifecycleCohorts` through the engine registry and prints one
// metric of its table. The two name lists are imported only to check and quote the options.
import { COHORT_METRICS, GRAINS } from '../../lib/analytics/lifecycle';
import type { CohortMetric, Grain } from '../../lib/analytics/lifecycle';
import { dayFromISO, isoFromDay } from '../../lib/analytics/dates';
import { runAnalysis } from '../../lib/engine/registry';
import { CliError } from '../args';
import { nodeContext } from '../nodeContext';
import {
	asOfOption,
	lifecycleIssueText,
	loadTransactionTable,
	orLifecycleCliError
} from './lifecycle';

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

export async function cohortsCommand(
	file: string,
	options: Record<string, string>
): Promise<CohortsOutput> {
	const grain = (options.grain ?? 'month').toLowerCase() as Grain;
	if (!GRAINS.includes(grain))
		throw new CliError(`unknown grain "${options.grain}" (use week, month or quarter)`);
	const metric = (options.metric ?? 'retention').toLowerCase() as CohortMetric;
	if (!COHORT_METRICS.includes(metric))
		throw new CliError(`unknown metric "${options.metric}" (use ${COHORT_METRICS.join(', ')})`);
	const asOf = asOfOption(options['as-of']);
	const tx = loadTransactionTable(file, options);
	// The view's table has every metric; revenue ones are null without amounts: say so first.
	if ((metric === 'revenue' || metric === 'cumulative') && tx.amount === null)
		throw new CliError(lifecycleIssueText('no_amount'));
	const day = asOf === undefined ? null : dayFromISO(asOf);
	if (day !== null && !Number.isInteger(day))
		throw new CliError(lifecycleIssueText('bad_as_of', { asOf }));
	const r = await orLifecycleCliError(() =>
		runAnalysis(nodeContext(tx), 'lifecycleCohorts', { id: file, grain, asOf: day })
	);
	const t = r.table;
	return {
		grain,
		metric,
		asOf: isoFromDay(r.asOf),
		cohorts: t.cohorts.map((c) => ({ cohort: c.label, size: c.size, values: c[metric]! })),
		average: t.average[metric]!
	};
}
