// The teaching sample (static/samples/retail/) read through the app's own import pipeline and
// served as an engine analysis context, for the engine tests that run an analysis the way the
// worker does. Each file is read once per test file, on first use; a dataset kind the test did
// not ask for is refused, so a test cannot lean on data it did not name.
import { readFileSync } from 'node:fs';
import type { CustomerTable, SurveyTable, TransactionTable } from '../../src/lib/analytics/types';
import type { AnalysisContext } from '../../src/lib/engine/context';
import { importBytes } from '../../src/lib/data/pipeline/importBytes';
import { previewFile } from '../../src/lib/data/pipeline/previewFile';
import {
	toCustomerTable,
	toSurveyTable,
	toTransactionTable,
	type ColumnarDataset
} from '../../src/lib/data/tables/toTables';

const DIR = 'static/samples/retail';

function imported(kind: 'transactions' | 'customers' | 'survey', file: string): ColumnarDataset {
	const path = `${DIR}/${file}`;
	const bytes = readFileSync(path);
	const { mapping } = previewFile(bytes, path, { kind });
	return importBytes(bytes, mapping, 30000);
}

let tx: TransactionTable | null = null;
let survey: SurveyTable | null = null;
let customers: CustomerTable | null = null;

/** The sample's transactions as the engine holds them. */
export function retailTransactions(): TransactionTable {
	return (tx ??= toTransactionTable(imported('transactions', 'transactions.csv')));
}
export function retailSurvey(): SurveyTable {
	return (survey ??= toSurveyTable(imported('survey', 'survey.csv')));
}
export function retailCustomers(): CustomerTable {
	return (customers ??= toCustomerTable(imported('customers', 'customers.csv')));
}

const none = () => Promise.reject(new Error('not in this test’s context'));

/**
 * A context over the sample: transactions always (any id), and the survey and customers files
 * when asked for.
 */
export function retailContext(
	include: { survey?: boolean; customers?: boolean } = {}
): AnalysisContext {
	return {
		transactions: async () => retailTransactions(),
		customers: include.customers ? async () => retailCustomers() : none,
		survey: include.survey ? async () => retailSurvey() : none,
		summary: none,
		dataset: none,
		progress: () => {}
	};
}
