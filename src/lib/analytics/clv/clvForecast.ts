// Predictive CLV as a discounted sum over calendar months:
//   CLV = Σ_{m=1..M} margin · spend · (E[Y(m·u)] - E[Y((m-1)·u)]) / (1+d)^m,
// with u the model units per calendar month (4.348 weeks, 30.44 days, 1 month). Using 30 units
// per month whatever the unit is the classic mistake: on weekly data 12 "months" become 360 weeks.
import type { ClvUnit, TransactionModel } from './clvTypes';
import { conditionalIfAlive, probabilityAlive } from './transactionPredict';
import { unitsPerMonth } from './unitDays';

export interface ClvForecastOptions {
	months: number;
	/**
	 * Horizon in model units instead of calendar months (39 weeks stays 39 weeks): purchases are
	 * summed unit by unit (the last step may be partial) and each step is discounted at its time
	 * in months, (1 + d)^(t / units per month). Whole months on a monthly model give the same sum.
	 */
	units?: number;
	unit: ClvUnit;
	/** Discount rate per `discountPer` (default 1 % per month). */
	discountRate?: number;
	discountPer?: 'month' | 'year';
	/** Share of spend that is profit, 0..1 (default 1: revenue CLV). */
	margin?: number;
	/** Override of model units per month, only to demonstrate the pitfall. */
	unitsPerMonth?: number;
}

export function monthlyRate(o: ClvForecastOptions): number {
	const d = o.discountRate ?? 0.01;
	return o.discountPer === 'year' ? Math.pow(1 + d, 1 / 12) - 1 : d;
}

/**
 * Σ_m (E[Y(m·u)] - E[Y((m-1)·u)]) / (1+d)^m divided by P(alive): discounted purchases per unit
 * of spend, for any customer with this (x, T).
 */
export function discountedIfAlive(
	m: TransactionModel,
	x: number,
	T: number,
	o: ClvForecastOptions
): number {
	const u = o.unitsPerMonth ?? unitsPerMonth(o.unit);
	const d = monthlyRate(o);
	if (o.units !== undefined) return discountedByUnit(m, x, T, o.units, u, d);
	let prev = 0;
	let total = 0;
	for (let k = 1; k <= o.months; k++) {
		const cum = conditionalIfAlive(m, x, T, k * u);
		total += (cum - prev) / Math.pow(1 + d, k);
		prev = cum;
	}
	return total;
}

/** The same sum stepped in model units up to exactly `horizon` units. */
function discountedByUnit(
	m: TransactionModel,
	x: number,
	T: number,
	horizon: number,
	perMonth: number,
	d: number
): number {
	let prev = 0;
	let total = 0;
	const steps = Math.ceil(horizon - 1e-9);
	for (let k = 1; k <= steps; k++) {
		const t = Math.min(k, horizon);
		const cum = conditionalIfAlive(m, x, T, t);
		total += (cum - prev) / Math.pow(1 + d, t / perMonth);
		prev = cum;
	}
	return total;
}

/** CLV of one customer with history (x, t_x, T) and expected spend per transaction. */
export function clvForecast(
	m: TransactionModel,
	x: number,
	tx: number,
	T: number,
	spend: number,
	o: ClvForecastOptions
): number {
	const margin = o.margin ?? 1;
	return margin * spend * probabilityAlive(m, x, tx, T) * discountedIfAlive(m, x, T, o);
}
