// `cli lifecycle <file> [--as-of D] [--inactive-days N]`: every customer's relationship stage and
// exit pattern at the analysis date, with the totals. Also holds what `cli cohorts` shares:
// loading a transaction file and turning a LifecycleError into one English line (exit 2).
// Not through engine/registry's `runAnalysis`: this command is synchronous (runCommand, and its
// tests unchanged, call it without await) and every registered analysis is async. It calls what
// the app reaches in pieces: the churn rule (`churnRule`, as `lifecycleChurnRule`) and the stage
// analysis (`stageAnalysis`, as `lifecycleStages`) — `lifecycleReport` joins them per customer,
// a table the app does not show.
import {
	DEFAULT_CHURN_RULE,
	LifecycleError,
	lifecycleReport,
	type ChurnRuleOptions,
	type CustomerPattern,
	type Stage
} from '../../lib/analytics/lifecycle';
import type { TransactionTable } from '../../lib/analytics/types';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { format } from '../../lib/i18n/format';
import { lifecycleMessages } from '../../lib/i18n/messages/lifecycle';
import type { LifecycleReport } from '../../lib/analytics/lifecycle';
import { CliError } from '../args';
import { loadFile } from '../loadFile';

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

/** Runs engine code; a LifecycleError becomes its English message as a CliError. */
export function orLifecycleCliError<T>(run: () => T): T {
	try {
		return run();
	} catch (e) {
		if (e instanceof LifecycleError) {
			const text = (lifecycleMessages.en as Record<string, string>)[
				`lifecycle.issue.${e.issue.code}`
			];
			throw new CliError(text ? format(text, e.issue.params ?? {}) : e.issue.code);
		}
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

export function lifecycleCommand(file: string, options: Record<string, string>): LifecycleOutput {
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
	const r = orLifecycleCliError(() => lifecycleReport(tx, { asOf, inactiveDays, churn }));
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
