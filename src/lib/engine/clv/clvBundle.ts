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
} from '../../analytics/clv';
import type { TransactionTable } from '../../analytics/types';
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

/**
 * A typical repeat buyer for the recency lesson: 2+ repeats, and a visible gap between the last
 * purchase and the calibration end (15–60 % of their age) so both recencies show on the
 * timeline; the one with the median frequency among them.
 */
function recencyExample(table: TransactionTable, s: ClvSummary): RecencyExample | null {
	const tiers = [
		(i: number) =>
			s.x[i] >= 2 &&
			s.T[i] > 0 &&
			(s.T[i] - s.tx[i]) / s.T[i] >= 0.15 &&
			(s.T[i] - s.tx[i]) / s.T[i] <= 0.6,
		(i: number) => s.x[i] >= 2 && s.T[i] > s.tx[i],
		(i: number) => s.x[i] >= 1
	];
	let pool: number[] = [];
	for (const fits of tiers) {
		for (let i = 0; i < s.length; i++) if (fits(i)) pool.push(i);
		if (pool.length) break;
	}
	if (!pool.length) return null;
	pool = pool.sort((p, q) => s.x[p] - s.x[q] || p - q);
	const i = pool[Math.floor(pool.length / 2)];
	const c = s.customer[i];
	const days = new Set<number>();
	const amount = table.amount;
	for (let r = 0; r < table.length; r++)
		if (table.customer[r] === c && table.day[r] <= s.calibrationEnd && !(amount && amount[r] < 0))
			days.add(table.day[r]);
	return {
		id: s.ids[i],
		days: [...days].sort((p, q) => p - q),
		calibrationEnd: s.calibrationEnd,
		x: s.x[i],
		tx: s.tx[i],
		T: s.T[i]
	};
}

/** The model fits of a calibration summary: purchase model, Gamma-Gamma and the spend check. */
export function fitBundle(
	summary: ClvSummary,
	model: TransactionModelName,
	progress: (f: number) => void
): ClvBundle {
	const out = fitTransactionModel(summary, model);
	progress(0.55);
	const fit = out.ok ? out.fit : null;
	const fitError = out.ok ? null : out.issues[0];
	const gg = summary.hasAmounts ? fitGammaGamma(summary) : null;
	progress(0.75);
	const spendFit = gg?.ok ? gg.fit : null;
	const spendError = gg ? (gg.ok ? null : gg.issues[0]) : clvIssue('no_amounts', 'warning');
	const corr = summary.hasAmounts ? spendFrequencyCorrelation(summary.x, summary.meanSpend) : null;
	return {
		summary,
		fit,
		fitError,
		spendFit,
		spendError,
		spendCorrelation: corr,
		tracking: null,
		holdout: null,
		example: null
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
	const b = fitBundle(summary, model, progress);
	const fit = b.fit;
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
	return { ...b, tracking, holdout, example: recencyExample(table, summary) };
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
