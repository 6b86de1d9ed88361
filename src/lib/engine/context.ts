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

/** An analysis the engine worker runs: params are plain JSON, results structured-cloneable. */
export type Analysis = (
	ctx: AnalysisContext,
	params: Record<string, unknown>
) => Promise<unknown> | unknown;

/** A failure the user should read (code → i18n message), not a crash. */
export class AnalysisProblem extends Error {
	constructor(
		public code: string,
		public values: Record<string, unknown> = {}
	) {
		super(code);
	}
}
