// The expensive part of a lifetime-value analysis — calibration summary, model fits and the
// evaluation series — cached per table object and fit settings. Horizon, margin and discount
// only change the cheap predictions, so moving those controls never refits. A dataset that is
// re-imported or forgotten gets a new table object, which drops its entries (WeakMap).
import {
	clvIssue,
	clvSummary,
	fitGammaGamma,
	fitTransactionModel,
	holdoutByFrequency,
	predictionErrors,
	spendFrequencyCorrelation,
	trackingSeries,
	type ClvIssue,
	type ClvSummary,
	type ClvUnit,
	type GammaGammaFit,
	type TransactionFit,
	type TransactionModelName
} from '../../../analytics/clv';
import type { TransactionTable } from '../../../analytics/types';
import type { ClvFitResult, FitSummary, RecencyExample } from './clvResult';

export interface ClvBundle {
	summary: ClvSummary;
	fit: TransactionFit | null;
	fitError: ClvIssue | null;
	spendFit: GammaGammaFit | null;
	spendError: ClvIssue | null;
	spendCorrelation: ClvFitResult['spendCorrelation'];
	tracking: ClvFitResult['tracking'];
	holdout: ClvFitResult['holdout'];
	example: RecencyExample | null;
}

const cache = new WeakMap<TransactionTable, Map<string, ClvBundle>>();
/** Entries kept per table: enough to flip between models and units without refitting. */
const KEEP = 8;

export function fitSummaryOf(f: TransactionFit | GammaGammaFit): FitSummary {
	return {
		model: f.model,
		params: { ...f.params },
		standardErrors: { ...f.standardErrors },
		logLik: f.logLik,
		converged: f.converged,
		customers: f.customers,
		repeaters: f.repeaters,
		issues: f.issues
	};
}

/** A typical repeat buyer (median frequency among those with 2+ repeats) and their purchase days. */
function recencyExample(table: TransactionTable, s: ClvSummary): RecencyExample | null {
	const pool: number[] = [];
	for (let i = 0; i < s.length; i++) if (s.x[i] >= 2 && s.T[i] > s.tx[i]) pool.push(i);
	if (!pool.length) for (let i = 0; i < s.length; i++) if (s.x[i] >= 1) pool.push(i);
	if (!pool.length) return null;
	const sorted = pool.map((i) => s.x[i]).sort((p, q) => p - q);
	const median = sorted[Math.floor(sorted.length / 2)];
	const i = pool.find((k) => s.x[k] === median) ?? pool[0];
	const c = s.customer[i];
	const days = new Set<number>();
	for (let r = 0; r < table.length; r++)
		if (table.customer[r] === c && table.day[r] <= s.calibrationEnd) days.add(table.day[r]);
	return {
		id: s.ids[i],
		days: [...days].sort((p, q) => p - q),
		calibrationEnd: s.calibrationEnd,
		x: s.x[i],
		tx: s.tx[i],
		T: s.T[i]
	};
}

function build(
	table: TransactionTable,
	model: TransactionModelName,
	unit: ClvUnit,
	calibrationEnd: number,
	progress: (f: number) => void
): ClvBundle {
	const summary = clvSummary(table, { calibrationEnd, unit });
	progress(0.1);
	const out = fitTransactionModel(summary, model);
	progress(0.55);
	const fit = out.ok ? out.fit : null;
	const fitError = out.ok ? null : out.issues[0];
	const gg = summary.hasAmounts ? fitGammaGamma(summary) : null;
	progress(0.75);
	const spendFit = gg?.ok ? gg.fit : null;
	const spendError = gg ? (gg.ok ? null : gg.issues[0]) : clvIssue('no_amounts', 'warning');
	const corr = summary.hasAmounts ? spendFrequencyCorrelation(summary.x, summary.meanSpend) : null;
	let tracking: ClvBundle['tracking'] = null;
	let holdout: ClvBundle['holdout'] = null;
	if (fit) {
		tracking = trackingSeries(table, summary, fit);
		progress(0.9);
		if (summary.holdoutLength > 0) {
			const h = holdoutByFrequency(summary, fit);
			const e = predictionErrors(summary.holdoutX, h.expected);
			holdout = {
				bins: h.bins,
				customers: h.customers,
				actualMean: h.actualMean,
				expectedMean: h.expectedMean,
				mae: e.mae,
				rmse: e.rmse
			};
		}
	}
	return {
		summary,
		fit,
		fitError,
		spendFit,
		spendError,
		spendCorrelation: corr,
		tracking,
		holdout,
		example: recencyExample(table, summary)
	};
}

export function clvBundle(
	table: TransactionTable,
	model: TransactionModelName,
	unit: ClvUnit,
	calibrationEnd: number,
	progress: (f: number) => void = () => {}
): ClvBundle {
	let entries = cache.get(table);
	if (!entries) cache.set(table, (entries = new Map()));
	const key = `${model}|${unit}|${calibrationEnd}`;
	const hit = entries.get(key);
	if (hit) {
		// Most recently used last, so the oldest is the one dropped.
		entries.delete(key);
		entries.set(key, hit);
		return hit;
	}
	const made = build(table, model, unit, calibrationEnd, progress);
	entries.set(key, made);
	while (entries.size > KEEP) entries.delete(entries.keys().next().value as string);
	return made;
}
