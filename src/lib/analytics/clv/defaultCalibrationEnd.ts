// Default calibration/holdout split: the last third of the observed period is holdout, so a
// model is always checked on data it did not see unless the user says otherwise.
import type { Day, TransactionTable } from '../types';

/** Calibration end (inclusive) leaving the last third of [first day, last day] as holdout; NaN for an empty table. */
export function defaultCalibrationEnd(table: TransactionTable): Day {
	if (table.length === 0) return NaN;
	let lo = table.day[0];
	let hi = table.day[0];
	for (let i = 1; i < table.length; i++) {
		const d = table.day[i];
		if (d < lo) lo = d;
		else if (d > hi) hi = d;
	}
	return hi - Math.round((hi - lo) / 3);
}
