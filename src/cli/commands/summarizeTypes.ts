// What pass 2 of `cli summarize` gets from pass 1, and what each summary reports back.
import type { StreamReport } from '../../lib/data/stream/StreamValidator';
import type { CsvSink } from '../stream/csvSink';

export interface PassTwoInput {
	/** One temp file per partition (null: no rows went there). */
	files: (string | null)[];
	report: StreamReport;
	sink: CsvSink;
	tempDir: string;
}

export interface PassTwoResult {
	/** Customers (rfm, btyd) or cohort cells (cohorts) written. */
	rows: number;
	customers: number;
	partitionsRead: number;
	/** Plain-English notes (returns left out, a partly observed last period, …). */
	warnings: string[];
}
