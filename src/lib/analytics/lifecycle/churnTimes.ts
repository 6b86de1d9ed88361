// Relationship durations for survival analysis. Rule (documented choice): a customer has churned
// when asOf − last purchase > threshold; the relationship then ended at the last purchase, so
// the event time is last − first purchase (days). Active customers are censored at asOf − first.
// Censoring at asOf is optimistic for active customers who will in fact not return; pass
// censorAt 'lastPurchase' for the conservative choice (alive for certain only until then).
import { MISSING_DAY } from '../types';
import type { CustomerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';

export interface ChurnTimes {
	/** Days from first purchase to churn or censoring, per customer; NaN = no purchase (left out). */
	time: Float64Array;
	/** 1 = churned (event observed), 0 = still active (censored). */
	event: Uint8Array;
	churned: number;
	active: number;
	rule: 'inactivity' | 'flag';
	thresholdDays: number | null;
}

export interface InactivityChurnOptions {
	censorAt?: 'asOf' | 'lastPurchase';
}

export function inactivityChurn(
	cd: CustomerDays,
	thresholdDays: number,
	options: InactivityChurnOptions = {}
): ChurnTimes {
	if (!(Number.isFinite(thresholdDays) && thresholdDays >= 1))
		throw new LifecycleError({ code: 'bad_threshold', params: { days: String(thresholdDays) } });
	const censorAtAsOf = (options.censorAt ?? 'asOf') === 'asOf';
	const { offsets, day, asOf } = cd;
	const nc = offsets.length - 1;
	const time = new Float64Array(nc).fill(NaN);
	const event = new Uint8Array(nc);
	let churned = 0;
	let active = 0;
	for (let c = 0; c < nc; c++) {
		if (offsets[c + 1] === offsets[c]) continue;
		const first = day[offsets[c]];
		const last = day[offsets[c + 1] - 1];
		if (asOf - last > thresholdDays) {
			time[c] = last - first;
			event[c] = 1;
			churned++;
		} else {
			time[c] = (censorAtAsOf ? asOf : last) - first;
			active++;
		}
	}
	return { time, event, churned, active, rule: 'inactivity', thresholdDays };
}

export interface ChurnFlags {
	/** Non-zero = churned, per customer of cd.customerIds (aligned by the caller). */
	churned: ArrayLike<number>;
	/** Churn date per customer; MISSING_DAY = unknown, then the last purchase is used. */
	churnDays?: Int32Array;
}

/**
 * Churn taken from a customers dataset. A churn date before the first purchase counts as 0 days;
 * one on or after asOf has not happened yet, so that customer is censored at asOf.
 */
export function flaggedChurn(cd: CustomerDays, flags: ChurnFlags): ChurnTimes {
	const { offsets, day, asOf } = cd;
	const nc = offsets.length - 1;
	if (flags.churned.length !== nc || (flags.churnDays && flags.churnDays.length !== nc))
		throw new LifecycleError({
			code: 'length_mismatch',
			params: { expected: nc, actual: flags.churned.length }
		});
	const time = new Float64Array(nc).fill(NaN);
	const event = new Uint8Array(nc);
	let churned = 0;
	let active = 0;
	for (let c = 0; c < nc; c++) {
		if (offsets[c + 1] === offsets[c]) continue;
		const first = day[offsets[c]];
		const dated = flags.churnDays ? flags.churnDays[c] : MISSING_DAY;
		const end = dated !== MISSING_DAY ? dated : day[offsets[c + 1] - 1];
		if (flags.churned[c] && end < asOf) {
			time[c] = Math.max(0, end - first);
			event[c] = 1;
			churned++;
		} else {
			time[c] = asOf - first;
			active++;
		}
	}
	return { time, event, churned, active, rule: 'flag', thresholdDays: null };
}
