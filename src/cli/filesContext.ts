// The engine worker's analysis context over datasets a CLI command has read from files, by id:
// how a command that joins several files (customers, complaints, survey, transactions) runs a
// registry analysis in Node. Tables are made on first use, as the worker makes them.
import type { ColumnarDataset } from '../lib/data/tables/toTables';
import { toCustomerTable, toSurveyTable, toTransactionTable } from '../lib/data/tables/toTables';
import { AnalysisProblem, type AnalysisContext } from '../lib/engine/context';

/** `datasets` maps an id to its dataset (a Map: ids are the command's own names). */
export function filesContext(datasets: Map<string, ColumnarDataset>): AnalysisContext {
	const data = (id: string): ColumnarDataset => {
		const d = datasets.get(id);
		if (!d) throw new AnalysisProblem('dataset_missing', { id });
		return d;
	};
	return {
		dataset: async (id) => data(id),
		transactions: async (id) => toTransactionTable(data(id)),
		customers: async (id) => toCustomerTable(data(id)),
		survey: async (id) => toSurveyTable(data(id)),
		summary: async (id) => {
			throw new AnalysisProblem('dataset_missing', { id });
		},
		progress: () => {}
	};
}
