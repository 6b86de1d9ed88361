// Length of one model time unit in days. A month is a twelfth of the mean Gregorian year, so
// calendar-month horizons convert exactly (12 months on weekly data = 52.18 weeks).
import type { ClvUnit } from './clvTypes';

export const DAYS_PER_MONTH = 365.25 / 12;

export function unitDays(unit: ClvUnit): number {
	return unit === 'day' ? 1 : unit === 'week' ? 7 : DAYS_PER_MONTH;
}

/** How many model units one calendar month is. */
export function unitsPerMonth(unit: ClvUnit): number {
	return DAYS_PER_MONTH / unitDays(unit);
}
