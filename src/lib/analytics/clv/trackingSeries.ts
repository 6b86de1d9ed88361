// Repeat transactions per period, actual against model, incremental and cumulative. The model
// line sums E[X(age)] over customers, each aged from their own first purchase (birth), which is
// what makes the curve rise while the cohort is still being acquired.
import type { TransactionTable } from '../types';
import { monthIndex, dayFromMonthIndex } from '../dates';
import type { ClvSummary } from './clvSummary';
import type { TransactionModel } from './clvTypes';
import { customerDays } from './customerDays';
import { expectedPurchases } from './transactionPredict';
import { unitDays } from './unitDays';

export interface TrackingSeries {
	/** First day of each period. */
	periodStart: Int32Array;
	actual: Float64Array;
	expected: Float64Array;
	actualCumulative: Float64Array;
	expectedCumulative: Float64Array;
	/** Periods 0 .. calibrationPeriods-1 end on or before calibration end. */
	calibrationPeriods: number;
}

/** Periods of one unit (calendar months for 'month') from the first birth to the holdout end. */
export function trackingSeries(
	table: TransactionTable,
	s: ClvSummary,
	m: TransactionModel
): TrackingSeries {
	let start = Infinity;
	for (let i = 0; i < s.length; i++) start = Math.min(start, s.firstDay[i]);
	if (!Number.isFinite(start)) start = s.calibrationEnd;
	const starts: number[] = [];
	if (s.unit === 'month') {
		for (let k = monthIndex(start); dayFromMonthIndex(k) <= s.holdoutEnd; k++)
			starts.push(k === monthIndex(start) ? start : dayFromMonthIndex(k));
	} else {
		const len = unitDays(s.unit);
		for (let d = start; d <= s.holdoutEnd; d += len) starts.push(d);
	}
	const P = starts.length;
	const periodStart = Int32Array.from(starts);
	const lastDay = (k: number) => (k + 1 < P ? periodStart[k + 1] - 1 : s.holdoutEnd);
	const periodOf = (d: number) => {
		let lo = 0;
		let hi = P - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (periodStart[mid] <= d) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};

	const actual = new Float64Array(P);
	const cd = customerDays(table);
	const births = new Map<number, number>();
	for (let i = 0; i < s.length; i++) {
		const c = s.customer[i];
		for (let j = cd.start[c] + 1; j < cd.start[c + 1]; j++) {
			const d = cd.day[j];
			if (d <= s.holdoutEnd) actual[periodOf(d)]++;
		}
		births.set(s.firstDay[i], (births.get(s.firstDay[i]) ?? 0) + 1);
	}
	const u = unitDays(s.unit);
	const expectedCumulative = new Float64Array(P);
	// Periods × birth days repeat the same ages in days: one E[X(t)] per distinct age.
	const byAge = new Map<number, number>();
	const expectedAt = (days: number) => {
		let v = byAge.get(days);
		if (v === undefined) byAge.set(days, (v = expectedPurchases(m, days / u)));
		return v;
	};
	for (let k = 0; k < P; k++) {
		let sum = 0;
		for (const [b, n] of births) if (b < lastDay(k)) sum += n * expectedAt(lastDay(k) - b);
		expectedCumulative[k] = sum;
	}
	const expected = expectedCumulative.map((v, k) => (k === 0 ? v : v - expectedCumulative[k - 1]));
	const actualCumulative = new Float64Array(P);
	actual.reduce((acc, v, k) => (actualCumulative[k] = acc + v), 0);
	let calibrationPeriods = 0;
	while (calibrationPeriods < P && lastDay(calibrationPeriods) <= s.calibrationEnd)
		calibrationPeriods++;
	return {
		periodStart,
		actual,
		expected,
		actualCumulative,
		expectedCumulative,
		calibrationPeriods
	};
}
