// `cli lifecycle <file> [--as-of D] [--inactive-days N]`: every customer's relationship stage and
// exit pattern at the analysis date, with the totals. Also holds what `cli cohorts` shares:
// loading a transaction file and turning a LifecycleError into one English line (exit 2).
import {
	LifecycleError,
	lifecycleReport,
	type CustomerPattern,
	type Stage
} from '../../lib/analytics/lifecycle';
import type { TransactionTable } from '../../lib/analytics/types';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { format } from '../../lib/i18n/format';
import { lifecycleMessages } from '../../lib/i18n/messages/lifecycle';
import { CliError } from '../args';
import { loadFile } from '../loadFile';

export const LIFECYCLE_HELP = `usage: cli lifecycle <file> [--as-of YYYY-MM-DD] [--inactive-days N]
Assigns each customer a relationship stage (exploration, formation, stability, decline, churned)
by the default monthly rules and an exit pattern (I early abortion, II midway death, III premature
exit, IV long-term retention, or active). --as-of (default: the day after the last purchase) is
exclusive. A customer is churned after more than --inactive-days without a purchase (default: the
90th percentile of the gaps between purchases). Prints {asOf, inactiveDays, threshold, stages,
patterns, customers: [{customerId, stage, pattern}]}.`;

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
	inactiveDays: number;
	/** How the threshold was obtained: given, or the percentile of gaps and how many gaps. */
	threshold: { method: string; percentile: number | null; quantile: number | null; gaps: number };
	stages: Record<Stage, number>;
	patterns: Record<CustomerPattern, number>;
	customers: { customerId: string; stage: Stage; pattern: CustomerPattern }[];
}

export function lifecycleCommand(file: string, options: Record<string, string>): LifecycleOutput {
	const asOf = asOfOption(options['as-of']);
	let inactiveDays: number | undefined;
	if (options['inactive-days'] !== undefined) {
		inactiveDays = Number(options['inactive-days']);
		if (!Number.isFinite(inactiveDays))
			throw new CliError(`--inactive-days "${options['inactive-days']}" is not a number`);
	}
	const tx = loadTransactionTable(file, options);
	const r = orLifecycleCliError(() => lifecycleReport(tx, { asOf, inactiveDays }));
	const { method, percentile, quantile, gaps } = r.threshold;
	return {
		asOf: r.asOf,
		inactiveDays: r.inactiveDays,
		threshold: { method, percentile, quantile, gaps },
		stages: r.stages,
		patterns: r.patterns,
		customers: r.customers
	};
}
