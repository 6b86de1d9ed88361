// Conditional-expectation check: holdout repeat purchases averaged by calibration frequency
// (0..6 and 7+), actual against the model's prediction for the same holdout length.
import type { ClvSummary } from './clvSummary';
import type { TransactionModel } from './clvTypes';
import { groupTransactionRows } from './groupRows';
import { predictRows } from './predictRows';

export interface HoldoutByFrequency {
	/** Bin labels '0'..'6', '7+'. */
	bins: string[];
	customers: Float64Array;
	actualMean: Float64Array;
	expectedMean: Float64Array;
	/** Per customer, for the error measures. */
	expected: Float64Array;
}

export function holdoutByFrequency(
	s: ClvSummary,
	m: TransactionModel,
	top = 7
): HoldoutByFrequency {
	const nb = top + 1;
	const customers = new Float64Array(nb);
	const act = new Float64Array(nb);
	const exp = new Float64Array(nb);
	const expected = new Float64Array(s.length);
	// Customers with equal (x, t_x, T) share their prediction: computed once per unique row.
	const rows = groupTransactionRows(s.x, s.tx, s.T);
	const byRow = predictRows(m, rows, s.holdoutLength, { months: 0, unit: s.unit }).expected;
	for (let i = 0; i < s.length; i++) {
		const k = Math.min(top, s.x[i]);
		const e = byRow[rows.groupOf[i]];
		expected[i] = e;
		customers[k]++;
		act[k] += s.holdoutX[i];
		exp[k] += e;
	}
	const mean = (a: Float64Array) => a.map((v, k) => (customers[k] > 0 ? v / customers[k] : 0));
	const bins = Array.from({ length: nb }, (_, k) => (k === top ? `${top}+` : String(k)));
	return { bins, customers, actualMean: mean(act), expectedMean: mean(exp), expected };
}

/** Mean absolute and root-mean-square error per customer. */
export function predictionErrors(
	actual: ArrayLike<number>,
	predicted: ArrayLike<number>
): { mae: number; rmse: number } {
	const n = actual.length;
	if (n === 0) return { mae: 0, rmse: 0 };
	let a = 0;
	let s = 0;
	for (let i = 0; i < n; i++) {
		const d = actual[i] - predicted[i];
		a += Math.abs(d);
		s += d * d;
	}
	return { mae: a / n, rmse: Math.sqrt(s / n) };
}
