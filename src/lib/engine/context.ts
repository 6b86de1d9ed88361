import type {
	CustomerTable,
	SurveyTable,
	TransactionTable,
	SummaryTable
} from '../analytics/types';
import type { ColumnarDataset } from '../data/tables/toTables';

/** What an analysis can ask for: the workspace's datasets as analytics tables (cached). */
export interface AnalysisContext {
	dataset(id: string): Promise<ColumnarDataset>;
	transactions(id: string): Promise<TransactionTable>;
	customers(id: string): Promise<CustomerTable>;
	survey(id: string): Promise<SurveyTable>;
	summary(id: string): Promise<SummaryTable>;
	progress(fraction: number): void;
}

/**
 * An analysis the engine worker runs: params are plain JSON (or typed arrays), results
 * structured-cloneable. Written as a method so that an analysis may declare its own params type
 * (a type alias of named fields) and still sit in the registry's table: method parameters are
 * checked both ways, so the table keeps each analysis's own params for `AnalysisParams<K>`.
 */
export type Analysis = {
	run(ctx: AnalysisContext, params: Record<string, unknown>): Promise<unknown> | unknown;
}['run'];

/** A failure the user should read (code → i18n message), not a crash. */
export class AnalysisProblem extends Error {
	constructor(
		public code: string,
		public values: Record<string, unknown> = {}
	) {
		super(code);
	}
}
