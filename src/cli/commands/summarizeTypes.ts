// What each summary of `cli summarize` gets — the validated rows as the DuckDB table
// `transactions` (see duck/loadTransactions.ts) — and what it reports back.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Mapping } from '../../lib/data/map/types';
import type { StreamReport } from '../../lib/data/stream/StreamValidator';
import type { CsvSink } from '../stream/csvSink';

export interface SummaryInput {
	con: DuckDBConnection;
	report: StreamReport;
	mapping: Mapping;
	sink: CsvSink;
	/**
	 * Passes over ranges of customer ids (duck/customerRanges.ts): 1 for a file whose GROUP BYs
	 * fit --memory-mb at once, more for a larger one. Each customer's numbers are the same.
	 */
	passes: number;
}

export interface SummaryResult {
	/** Customers (rfm, btyd) or cohort cells (cohorts) written. */
	rows: number;
	customers: number;
	/** Plain-English notes (returns left out, a partly observed last period, …). */
	warnings: string[];
}
