import type { Day, TransactionTable } from '../types';
import { int32Max } from './int32Max';
import { SegmentsError } from './segmentsIssue';

/** The day after the last transaction: every purchase counts and the latest has recency 1. */
export function defaultAsOf(tx: TransactionTable): Day {
	if (tx.length === 0) throw new SegmentsError({ code: 'no_transactions' });
	// A table's columns may be longer than its rows (a view): only the first `length` count.
	const day = tx.day.length === tx.length ? tx.day : tx.day.subarray(0, tx.length);
	return int32Max(day) + 1;
}
