// Per-customer calibration summary (x, t_x, T, mean repeat spend, holdout count), the input of
// every lifetime-value model. Conventions of the BTYD literature: same-day purchases are one
// transaction, the first purchase is not a repeat, day d is the instant (d - first) / unit.
import type { Day, TransactionTable } from '../types';
import { clvIssue, type ClvIssue, type ClvUnit } from './clvTypes';
import { customerDays } from './customerDays';
import { fromCents, toCents } from '../money';
import { unitDays } from './unitDays';

export interface ClvSummaryOptions {
	/** Last day of calibration, inclusive. */
	calibrationEnd: Day;
	/** Last day of the holdout, inclusive; defaults to the last day in the data. */
	holdoutEnd?: Day;
	unit: ClvUnit;
}

export interface ClvSummary {
	unit: ClvUnit;
	calibrationEnd: Day;
	holdoutEnd: Day;
	/** Holdout length in units (0 when there is no holdout). */
	holdoutLength: number;
	length: number;
	ids: string[];
	/** Index into the table's customerIds. */
	customer: Int32Array;
	firstDay: Int32Array;
	/** Repeat transactions in calibration. */
	x: Float64Array;
	/** Time of the last calibration purchase after the first (0 when x = 0). */
	tx: Float64Array;
	/** Time from the first purchase to the end of calibration. */
	T: Float64Array;
	/** Positive-amount repeat calibration transactions: Gamma-Gamma's x. */
	spendCount: Float64Array;
	/** Their mean amount; 0 when spendCount is 0. */
	meanSpend: Float64Array;
	/** All calibration spend, first purchase included. */
	calibrationSpend: Float64Array;
	/** Repeat transactions in the holdout. */
	holdoutX: Float64Array;
	hasAmounts: boolean;
	/** Customers whose first purchase falls after calibrationEnd (left out). */
	excludedLate: number;
	/** Repeat calibration transactions with amount <= 0, left out of the Gamma-Gamma means. */
	nonPositiveSpends: number;
	/** Return rows (negative amounts) left out of the summary: returns are not transactions. */
	returnsExcluded: number;
	issues: ClvIssue[];
}

export function clvSummary(table: TransactionTable, options: ClvSummaryOptions): ClvSummary {
	const { calibrationEnd, unit } = options;
	let lastDay = calibrationEnd;
	for (let i = 0; i < table.length; i++) if (table.day[i] > lastDay) lastDay = table.day[i];
	const holdoutEnd = Math.max(calibrationEnd, options.holdoutEnd ?? lastDay);
	const u = unitDays(unit);
	const cd = customerDays(table);
	const nc = table.customerIds.length;

	const customer = new Int32Array(nc);
	const firstDay = new Int32Array(nc);
	const x = new Float64Array(nc);
	const tx = new Float64Array(nc);
	const T = new Float64Array(nc);
	const spendCount = new Float64Array(nc);
	const meanSpend = new Float64Array(nc);
	const calibrationSpend = new Float64Array(nc);
	const holdoutX = new Float64Array(nc);
	let k = 0;
	let excludedLate = 0;
	let nonPositiveSpends = 0;
	for (let c = 0; c < nc; c++) {
		const lo = cd.start[c];
		const hi = cd.start[c + 1];
		if (lo === hi) continue;
		const first = cd.day[lo];
		if (first > calibrationEnd) {
			excludedLate++;
			continue;
		}
		let last = first;
		let reps = 0;
		let hold = 0;
		let spendN = 0;
		// Sums in cents, exact for whole-cent day totals (money.ts): the CLI's SQL sums the same
		// way, so the two give the same means to the last bit.
		let spendCents = 0;
		let calCents = toCents(cd.amount[lo]);
		for (let j = lo + 1; j < hi; j++) {
			const d = cd.day[j];
			if (d <= calibrationEnd) {
				reps++;
				last = d;
				const v = cd.amount[j];
				calCents += toCents(v);
				if (v > 0) {
					spendN++;
					spendCents += toCents(v);
				} else if (table.amount) nonPositiveSpends++;
			} else if (d <= holdoutEnd) hold++;
		}
		customer[k] = c;
		firstDay[k] = first;
		x[k] = reps;
		tx[k] = (last - first) / u;
		T[k] = (calibrationEnd - first) / u;
		spendCount[k] = spendN;
		meanSpend[k] = spendN > 0 ? fromCents(spendCents) / spendN : 0;
		calibrationSpend[k] = fromCents(calCents);
		holdoutX[k] = hold;
		k++;
	}
	const issues: ClvIssue[] = [];
	if (k === 0) issues.push(clvIssue('no_customers'));
	if (nonPositiveSpends > 0)
		issues.push(clvIssue('nonpositive_spends_excluded', 'warning', { count: nonPositiveSpends }));
	if (cd.returns > 0) issues.push(clvIssue('returns_excluded', 'warning', { count: cd.returns }));
	return {
		returnsExcluded: cd.returns,
		unit,
		calibrationEnd,
		holdoutEnd,
		holdoutLength: (holdoutEnd - calibrationEnd) / u,
		length: k,
		ids: Array.from(customer.subarray(0, k), (c) => table.customerIds[c]),
		customer: customer.slice(0, k),
		firstDay: firstDay.slice(0, k),
		x: x.slice(0, k),
		tx: tx.slice(0, k),
		T: T.slice(0, k),
		spendCount: spendCount.slice(0, k),
		meanSpend: meanSpend.slice(0, k),
		calibrationSpend: calibrationSpend.slice(0, k),
		holdoutX: holdoutX.slice(0, k),
		hasAmounts: table.amount !== null,
		excludedLate,
		nonPositiveSpends,
		issues
	};
}
