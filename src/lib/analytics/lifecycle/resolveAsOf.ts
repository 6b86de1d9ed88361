// asOf as the CLI and the app pass it: a day number, an ISO date, or nothing (the day after the
// last transaction, so every purchase is observed).
import { dayFromISO } from '../dates';
import type { Day, TransactionTable } from '../types';
import { lastDayAsOf } from './customerDays';
import { LifecycleError } from './lifecycleIssue';

export function resolveAsOf(tx: TransactionTable, asOf?: Day | string): Day {
	if (asOf === undefined) return lastDayAsOf(tx);
	const day = typeof asOf === 'string' ? dayFromISO(asOf) : asOf;
	if (!Number.isInteger(day))
		throw new LifecycleError({ code: 'bad_as_of', params: { asOf: String(asOf) } });
	return day;
}
