// `cli fit <file> --model …`: fits one lifetime-value model to a transaction file (or a customer
// summary: x, t_x, T, mean spend) and prints its parameters, through the engine registry's
// `clvFitReport` (engine/clv/clvFitReport.ts), in Node as the worker would run it. Also holds the
// option parsing `cli predict` and `cli compare` share (unit, calibration end, model names, an
// engine problem → one English line).
import { dayFromISO } from '../../lib/analytics/dates';
import type { ClvIssue, ClvModelName, ClvUnit } from '../../lib/analytics/clv';
import { AnalysisProblem } from '../../lib/engine/context';
import { runAnalysis } from '../../lib/engine/registry';
import { format } from '../../lib/i18n/format';
import { clvMessages } from '../../lib/i18n/messages/clv';
import { CliError } from '../args';
import { loadBehaviour } from '../loadFile';
import { nodeContext } from '../nodeContext';

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
unit of the rate parameters. The file may also be a customer summary (columns customer id,
frequency = repeat purchases x, recency = t_x, T, monetary = mean repeat spend, e.g. the output
of docs/sql/btyd.duckdb.sql): it is fitted as it is, --unit then says which unit its recency and
T are in, and it has no dates (no --calibration-end). Prints {model, input, unit, params,
logLik, standardErrors, customers, repeaters, converged, warnings}.`;

export function clvIssueText(issue: ClvIssue): string {
	return clvCodeText(issue.code, issue.values ?? {});
}

function clvCodeText(code: string, values: Record<string, unknown>): string {
	const text = (clvMessages.en as Record<string, string>)[`clv.issue.${code}`];
	return text ? format(text, values) : code;
}

/** Runs a registry analysis; its `clv.issue.*` problem becomes a one-line CLI error (exit 2). */
export async function orCliError<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof AnalysisProblem && e.code.startsWith('clv.issue.'))
			throw new CliError(clvCodeText(e.code.slice('clv.issue.'.length), e.values));
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

/** A summary has no dates: refuse a calibration end instead of ignoring it. */
export function noCalibrationEnd(options: Record<string, string>): void {
	if (options['calibration-end'] !== undefined)
		throw new CliError(
			'a customer summary has no dates: --calibration-end applies to transaction files only'
		);
}

/** A warning line for summary rows the engine could not use (none when all were fine). */
export function droppedRowsNote(dropped: number): string[] {
	return dropped > 0
		? [
				`${dropped} summary rows left out (negative or missing values, recency after T, or a recency without repeat purchases)`
			]
		: [];
}

export interface FitOutput {
	model: string;
	/** What the file was read as. */
	input: 'transactions' | 'summary';
	unit: ClvUnit;
	params: Record<string, number>;
	logLik: number;
	standardErrors: Record<string, number | null>;
	customers: number;
	repeaters: number;
	converged: boolean;
	/** Plain-English notes about the fit (empty when there is nothing to say). */
	warnings: string[];
}

export async function fitCommand(
	file: string,
	options: Record<string, string>
): Promise<FitOutput> {
	const model = parseModel(options.model, ['bgnbd', 'mbgnbd', 'paretonbd', 'gammagamma']);
	const unit = parseUnit(options.unit);
	const calibrationEnd = parseCalibrationEnd(options['calibration-end']);
	const data = loadBehaviour(file, options, unit);
	if (data.kind === 'summary') noCalibrationEnd(options);
	const r = await orCliError(() =>
		runAnalysis(nodeContext(data), 'clvFitReport', {
			id: file,
			source: data.kind,
			model,
			unit,
			calibrationEnd
		})
	);
	return {
		model: printedModel(r.model),
		input: data.kind,
		unit,
		params: r.params,
		logLik: r.logLik,
		standardErrors: r.standardErrors,
		customers: r.customers,
		repeaters: r.repeaters,
		converged: r.converged,
		warnings: [...droppedRowsNote(r.dropped), ...r.issues.map(clvIssueText)]
	};
}
