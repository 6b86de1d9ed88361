import type { Day, TransactionTable } from '../types';
import { SegmentsError } from './segmentsIssue';

/** The day after the last transaction: every purchase counts and the latest has recency 1. */
export function defaultAsOf(tx: TransactionTable): Day {
	if (tx.length === 0) throw new SegmentsError({ code: 'no_transactions' });
	let max = -2147483648;
	const day = tx.day;
	for (let i = 0; i < tx.length; i++) if (day[i] > max) max = day[i];
	return max + 1;
}
