// `cli fit <file> --model …`: fits one lifetime-value model to a transaction file and prints its
// parameters. Also holds the option parsing `cli predict` shares (unit, calibration end, the
// table, issue → one English line).
import { dayFromISO } from '../../lib/analytics/dates';
import {
	fitReport,
	isClvIssue,
	type ClvIssue,
	type ClvModelName,
	type ClvUnit
} from '../../lib/analytics/clv';
import type { TransactionTable } from '../../lib/analytics/types';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { format } from '../../lib/i18n/format';
import { clvMessages } from '../../lib/i18n/messages/clv';
import { CliError } from '../args';
import { loadFile } from '../loadFile';

/** CLI spelling → engine model name. The first spelling of each is the one printed. */
export const MODEL_NAMES: Record<string, ClvModelName> = {
	bgnbd: 'bgnbd',
	'bg-nbd': 'bgnbd',
	mbgnbd: 'mbgnbd',
	'mbg-nbd': 'mbgnbd',
	'pareto-nbd': 'paretonbd',
	paretonbd: 'paretonbd',
	'gamma-gamma': 'gammagamma',
	gammagamma: 'gammagamma'
};
const PRINTED: Record<ClvModelName, string> = {
	bgnbd: 'bgnbd',
	mbgnbd: 'mbgnbd',
	paretonbd: 'pareto-nbd',
	gammagamma: 'gamma-gamma'
};

export const FIT_HELP = `usage: cli fit <file> --model bgnbd|mbgnbd|pareto-nbd|gamma-gamma
               [--calibration-end YYYY-MM-DD] [--unit day|week|month]
Fits the model to the purchases up to the calibration end (inclusive; default: the whole file).
Same-day purchases of a customer count as one transaction. --unit (default week) is the time
unit of the rate parameters. Prints {model, params, logLik, standardErrors, customers,
repeaters, converged, warnings}.`;

export function clvIssueText(issue: ClvIssue): string {
	const text = (clvMessages.en as Record<string, string>)[`clv.issue.${issue.code}`];
	return text ? format(text, issue.values ?? {}) : issue.code;
}

/** Runs an engine call, turning a thrown ClvIssue into a one-line CLI error (exit 2). */
export function orCliError<T>(run: () => T): T {
	try {
		return run();
	} catch (e) {
		if (isClvIssue(e)) throw new CliError(clvIssueText(e));
		throw e;
	}
}

export function parseModel(value: string | undefined, allowed: ClvModelName[]): ClvModelName {
	const spellings = Object.keys(MODEL_NAMES).filter((k) => allowed.includes(MODEL_NAMES[k]));
	if (!value || value === 'true')
		throw new CliError(`--model is required (${spellings.join(', ')})`);
	const m = MODEL_NAMES[value.toLowerCase()];
	if (!m || !allowed.includes(m))
		throw new CliError(`unknown model "${value}" (use ${spellings.join(', ')})`);
	return m;
}

export function printedModel(m: ClvModelName): string {
	return PRINTED[m];
}

export function parseUnit(value: string | undefined): ClvUnit {
	const u = (value ?? 'week').toLowerCase();
	if (u === 'day' || u === 'week' || u === 'month') return u;
	throw new CliError(`unknown unit "${value}" (use day, week or month)`);
}

export function parseCalibrationEnd(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const day = dayFromISO(value);
	if (!Number.isFinite(day))
		throw new CliError(`--calibration-end "${value}" is not a date (use YYYY-MM-DD)`);
	return day;
}

/** The file as a transaction table, or a clear error when it is another kind of data. */
export function loadTransactions(file: string, options: Record<string, string>): TransactionTable {
	const { dataset } = loadFile(file, options, 'transactions');
	if (dataset.kind !== 'transactions')
		throw new CliError(`${file} does not look like transactions (found ${dataset.kind})`);
	try {
		return toTransactionTable(dataset);
	} catch {
		throw new CliError(`${file}: transactions need a customer id column and a date column`);
	}
}

export interface FitOutput {
	model: string;
	params: Record<string, number>;
	logLik: number;
	standardErrors: Record<string, number | null>;
	customers: number;
	repeaters: number;
	converged: boolean;
	/** Plain-English notes about the fit (empty when there is nothing to say). */
	warnings: string[];
}

export function fitCommand(file: string, options: Record<string, string>): FitOutput {
	const model = parseModel(options.model, ['bgnbd', 'mbgnbd', 'paretonbd', 'gammagamma']);
	const unit = parseUnit(options.unit);
	const calibrationEnd = parseCalibrationEnd(options['calibration-end']);
	const table = loadTransactions(file, options);
	const r = orCliError(() => fitReport(table, { model, unit, calibrationEnd }));
	return {
		model: printedModel(r.model),
		params: r.params,
		logLik: r.logLik,
		standardErrors: r.standardErrors,
		customers: r.customers,
		repeaters: r.repeaters,
		converged: r.converged,
		warnings: r.issues.map(clvIssueText)
	};
}
