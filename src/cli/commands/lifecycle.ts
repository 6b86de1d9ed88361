// `cli lifecycle <file> [--as-of D] [--inactive-days N]`: every customer's relationship stage and
// exit pattern at the analysis date, with the totals, through the engine registry's
// `lifecycleCustomers` (the churn rule and stage analysis the Lifecycle view runs, joined per
// customer). Also holds what `cli cohorts` shares: loading a transaction file and turning a
// `lifecycle.issue.*` problem into one English line (exit 2).
// DEFAULT_CHURN_RULE is imported only to quote the defaults in the help text.
import {
	DEFAULT_CHURN_RULE,
	type ChurnRuleOptions,
	type CustomerPattern,
	type LifecycleReport,
	type Stage
} from '../../lib/analytics/lifecycle';
import type { TransactionTable } from '../../lib/analytics/types';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { AnalysisProblem } from '../../lib/engine/context';
import { runAnalysis } from '../../lib/engine/registry';
import { format } from '../../lib/i18n/format';
import { lifecycleMessages } from '../../lib/i18n/messages/lifecycle';
import { CliError } from '../args';
import { loadFile } from '../loadFile';
import { nodeContext } from '../nodeContext';

export const LIFECYCLE_HELP = `usage: cli lifecycle <file> [--as-of YYYY-MM-DD] [--churn auto|model|gap|days]
       [--model best|mbgnbd|paretonbd|bgnbd] [--cutoff P] [--gap-multiple K] [--floor-days D]
       [--inactive-days N]
Assigns each customer a relationship stage (exploration, formation, stability, decline, churned)
by the default monthly rules and an exit pattern (I early abortion, II midway death, III premature
exit, IV long-term retention, or active). --as-of (default: the day after the last purchase) is
exclusive. Alive or churned is one rule, the same as in the app:
  auto (default)  model, or gap when no model can be fitted;
  model           churned when P(alive) < --cutoff (default ${DEFAULT_CHURN_RULE.cutoff}) under the better fitting
                  (likelihood) of MBG/NBD and Pareto/NBD, fitted in weeks on all purchases before
                  --as-of (--model picks one; BG/NBD gives P(alive) = 1 to every one-time buyer);
  gap             churned after more than --gap-multiple (default ${DEFAULT_CHURN_RULE.gapMultiple}) times the customer's own
                  median gap between purchases, never less than --floor-days (default ${DEFAULT_CHURN_RULE.floorDays});
  days            churned after more than --inactive-days without a purchase, for everybody.
Prints {asOf, churnRule: {method, params, model, fallback}, inactiveDays, threshold, stages,
patterns, customers: [{customerId, stage, pattern, pAlive (model only)}]}; threshold is the
pooled 90th percentile of gaps, shown for comparison.`;

/** The file as a transaction table, or a clear error when it is not transactions. */
export function loadTransactionTable(
	file: string,
	options: Record<string, string>
): TransactionTable {
	const { dataset } = loadFile(file, options, 'transactions');
	if (dataset.kind !== 'transactions')
		throw new CliError(`${file} does not look like transactions (found ${dataset.kind})`);
	try {
		return toTransactionTable(dataset);
	} catch {
		throw new CliError(`${file}: transactions need a customer id column and a date column`);
	}
}

/** One English line for a lifecycle issue code (without its `lifecycle.issue.` prefix). */
export function lifecycleIssueText(code: string, values: Record<string, unknown> = {}): string {
	const text = (lifecycleMessages.en as Record<string, string>)[`lifecycle.issue.${code}`];
	return text ? format(text, values) : code;
}

/** Runs a registry analysis; a `lifecycle.issue.*` problem becomes its English line. */
export async function orLifecycleCliError<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof AnalysisProblem && e.code.startsWith('lifecycle.issue.'))
			throw new CliError(lifecycleIssueText(e.code.slice('lifecycle.issue.'.length), e.values));
		throw e;
	}
}

/** --as-of as an ISO date; the engine rejects one that is not a date. */
export function asOfOption(value: string | undefined): string | undefined {
	if (value === undefined) return undefined;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
		throw new CliError(`--as-of "${value}" is not a date (use YYYY-MM-DD)`);
	return value;
}

export interface LifecycleOutput {
	asOf: string;
	/** The shared alive/churned rule that decided (the same as the app's). */
	churnRule: LifecycleReport['churnRule'];
	inactiveDays: number | null;
	/** The pooled threshold: given, or the percentile of gaps and how many gaps. */
	threshold: {
		method: string;
		percentile: number | null;
		quantile: number | null;
		gaps: number;
	} | null;
	stages: Record<Stage, number>;
	patterns: Record<CustomerPattern, number>;
	customers: LifecycleReport['customers'];
}

/** --churn, --model, --cutoff, --gap-multiple, --floor-days as rule options. */
function churnOptions(options: Record<string, string>): Partial<ChurnRuleOptions> {
	const out: Partial<ChurnRuleOptions> = {};
	if (options.churn !== undefined) {
		if (!['auto', 'model', 'gap', 'days'].includes(options.churn))
			throw new CliError(`--churn "${options.churn}" is not one of auto, model, gap, days`);
		out.method = options.churn as ChurnRuleOptions['method'];
	}
	if (options.model !== undefined) {
		if (!['best', 'bgnbd', 'mbgnbd', 'paretonbd'].includes(options.model))
			throw new CliError(`--model "${options.model}" is not one of best, mbgnbd, paretonbd, bgnbd`);
		out.model = options.model as ChurnRuleOptions['model'];
	}
	const numbers = [
		['cutoff', 'cutoff'],
		['gap-multiple', 'gapMultiple'],
		['floor-days', 'floorDays']
	] as const;
	for (const [flag, key] of numbers) {
		if (options[flag] === undefined) continue;
		const n = Number(options[flag]);
		if (!Number.isFinite(n)) throw new CliError(`--${flag} "${options[flag]}" is not a number`);
		out[key] = n;
	}
	return out;
}

export async function lifecycleCommand(
	file: string,
	options: Record<string, string>
): Promise<LifecycleOutput> {
	const asOf = asOfOption(options['as-of']);
	let inactiveDays: number | undefined;
	if (options['inactive-days'] !== undefined) {
		inactiveDays = Number(options['inactive-days']);
		if (!Number.isFinite(inactiveDays))
			throw new CliError(`--inactive-days "${options['inactive-days']}" is not a number`);
	}
	const churn = churnOptions(options);
	if (churn.method === 'days' && inactiveDays === undefined)
		throw new CliError('--churn days needs --inactive-days N');
	const tx = loadTransactionTable(file, options);
	const r = await orLifecycleCliError(() =>
		runAnalysis(nodeContext(tx), 'lifecycleCustomers', { id: file, asOf, inactiveDays, churn })
	);
	const th = r.threshold;
	return {
		asOf: r.asOf,
		churnRule: r.churnRule,
		inactiveDays: r.inactiveDays,
		threshold: th
			? { method: th.method, percentile: th.percentile, quantile: th.quantile, gaps: th.gaps }
			: null,
		stages: r.stages,
		patterns: r.patterns,
		customers: r.customers
	};
}
