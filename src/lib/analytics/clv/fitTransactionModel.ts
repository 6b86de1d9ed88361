// Fits BG/NBD, MBG/NBD or Pareto/NBD to a calibration summary, after checking that the data can
// identify the model at all (degenerate inputs get an error issue, never NaN parameters).
import { betaGeoLogLik } from './betaGeoLogLik';
import {
	clvIssue,
	type ClvIssue,
	type TransactionModel,
	type TransactionModelName,
	type TransactionRows
} from './clvTypes';
import { fitMle } from './fitMle';
import { groupTransactionRows } from './groupRows';
import { paretoNbdLogLik } from './paretoNbdLogLik';
import { emptyRecord } from '../emptyRecord';

export interface SummaryColumns {
	length: number;
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
}

export interface ModelFitStats {
	logLik: number;
	standardErrors: Record<string, number | null>;
	/** Covariance of the log-parameters in params order (intervals.ts); null when unavailable. */
	logCovariance?: Float64Array | null;
	converged: boolean;
	iterations: number;
	customers: number;
	repeaters: number;
	issues: ClvIssue[];
}

export type TransactionFit = TransactionModel & ModelFitStats;

export type FitOutcome<F> = { ok: true; fit: F } | { ok: false; issues: ClvIssue[] };

/** Below this many repeat buyers estimates are unstable; below 2 there is nothing to estimate. */
export const FEW_REPEATERS = 20;

const NAMES = {
	bgnbd: ['r', 'alpha', 'a', 'b'],
	mbgnbd: ['r', 'alpha', 'a', 'b'],
	paretonbd: ['r', 'alpha', 's', 'beta']
} as const;

/** Error issues for data no purchase-count model can be fitted to (empty when fine). */
export function checkTransactionData(d: SummaryColumns): ClvIssue[] {
	if (d.length === 0) return [clvIssue('no_customers')];
	if (d.length === 1) return [clvIssue('one_customer')];
	let repeaters = 0;
	let maxT = 0;
	for (let i = 0; i < d.length; i++) {
		if (d.x[i] > 0) repeaters++;
		if (d.T[i] > maxT) maxT = d.T[i];
	}
	if (maxT === 0) return [clvIssue('all_one_day')];
	if (repeaters === 0) return [clvIssue('everyone_bought_once')];
	if (repeaters < 2) return [clvIssue('too_few_repeaters', 'error', { count: repeaters })];
	return [];
}

function starts(model: TransactionModelName, d: SummaryColumns): Float64Array[] {
	let sx = 0;
	let sT = 0;
	for (let i = 0; i < d.length; i++) {
		sx += d.x[i];
		sT += d.T[i];
	}
	const rate = Math.max(sx / sT, 1e-6); // repeat purchases per unit, pooled
	const meanT = sT / d.length;
	const s = (...v: number[]) => Float64Array.from(v);
	// Shapes from 0.3 to 3 around the pooled rate; the fit screens them and keeps the best two.
	const out: Float64Array[] = [];
	for (const r of [0.3, 1, 3])
		for (const [u, v] of [
			[0.5, 2],
			[1, 1],
			[2, 8]
		])
			out.push(model === 'paretonbd' ? s(r, r / rate, u, u * meanT) : s(r, r / rate, u, v));
	return out;
}

export function transactionLogLik(
	model: TransactionModelName,
	theta: Float64Array,
	rows: TransactionRows,
	grad: Float64Array | null
): number {
	if (model === 'paretonbd')
		return paretoNbdLogLik({ r: theta[0], alpha: theta[1], s: theta[2], beta: theta[3] }, rows);
	return betaGeoLogLik(
		{ r: theta[0], alpha: theta[1], a: theta[2], b: theta[3] },
		rows,
		model === 'mbgnbd',
		grad
	);
}

export function fitTransactionModel(
	d: SummaryColumns,
	model: TransactionModelName
): FitOutcome<TransactionFit> {
	const errors = checkTransactionData(d);
	if (errors.length) return { ok: false, issues: errors };
	const rows = groupTransactionRows(d.x, d.tx, d.T);
	let repeaters = 0;
	for (let i = 0; i < d.length; i++) if (d.x[i] > 0) repeaters++;
	const names = NAMES[model];
	const res = fitMle({
		names,
		logLik: (theta, grad) => transactionLogLik(model, theta, rows, grad),
		analyticGradient: model !== 'paretonbd',
		starts: starts(model, d),
		weight: d.length
	});
	const issues = [...res.issues];
	if (repeaters < FEW_REPEATERS)
		issues.push(clvIssue('too_few_repeaters', 'warning', { count: repeaters }));
	const t = res.theta;
	const standardErrors: Record<string, number | null> = emptyRecord();
	names.forEach((name, i) => (standardErrors[name] = res.standardErrors[i]));
	const stats: ModelFitStats = {
		logLik: res.logLik,
		standardErrors,
		logCovariance: res.logCovariance,
		converged: res.converged,
		iterations: res.iterations,
		customers: d.length,
		repeaters,
		issues
	};
	const fit: TransactionFit =
		model === 'paretonbd'
			? { model, params: { r: t[0], alpha: t[1], s: t[2], beta: t[3] }, ...stats }
			: { model, params: { r: t[0], alpha: t[1], a: t[2], b: t[3] }, ...stats };
	return { ok: true, fit };
}
