// Headless report of one model fit, for the CLI. Throws a typed ClvIssue (never an Error) when
// the data cannot support the model.
import type { Day, TransactionTable } from '../types';
import { clvSummary, type ClvSummary } from './clvSummary';
import type { ClvIssue, ClvModelName, ClvUnit } from './clvTypes';
import { fitGammaGamma } from './fitGammaGamma';
import { fitTransactionModel } from './fitTransactionModel';

export interface FitReportOptions {
	model: ClvModelName;
	/** Inclusive. When omitted the whole observed period is calibration (no holdout): the CLI
	 *  fits on everything it is given unless told where to split. */
	calibrationEnd?: Day;
	unit: ClvUnit;
}

export interface FitReport {
	model: ClvModelName;
	params: Record<string, number>;
	logLik: number;
	standardErrors: Record<string, number | null>;
	customers: number;
	repeaters: number;
	converged: boolean;
	issues: ClvIssue[];
}

/** Calibration summary over the whole period unless a calibration end is given. */
export function reportSummary(
	table: TransactionTable,
	unit: ClvUnit,
	calibrationEnd?: Day
): ClvSummary {
	let end = calibrationEnd;
	if (end === undefined) {
		end = -Infinity;
		for (let i = 0; i < table.length; i++) if (table.day[i] > end) end = table.day[i];
		if (!Number.isFinite(end)) end = 0;
	}
	return clvSummary(table, { calibrationEnd: end, unit });
}

export function fitReport(table: TransactionTable, o: FitReportOptions): FitReport {
	return fitSummaryReport(reportSummary(table, o.unit, o.calibrationEnd), o.model);
}

/** One model fitted to a calibration summary, as a report (the summary's issues first). */
export function fitSummaryReport(s: ClvSummary, model: ClvModelName): FitReport {
	const out = model === 'gammagamma' ? fitGammaGamma(s) : fitTransactionModel(s, model);
	if (!out.ok) throw out.issues[0];
	const f = out.fit;
	return {
		model: f.model,
		params: { ...f.params },
		logLik: f.logLik,
		standardErrors: f.standardErrors,
		customers: f.customers,
		repeaters: f.repeaters,
		converged: f.converged,
		issues: [...s.issues, ...f.issues]
	};
}
