// Applies the workspace filter once, where datasets become analysis inputs: an analysis asks
// its context for transactions, customers, survey answers or a summary and gets them already
// narrowed, so every analysis (segments, lifetime value, lifecycle, satisfaction, drill-down
// lists, exports, the report) sees the same rows without knowing a filter exists. Filtered
// tables are kept per (dataset, filter) for the next run; a new filter on 1M rows costs one pass.
import { filterKey, FilterProblem } from '../../analytics/filter';
import type {
	CustomerTable,
	SummaryTable,
	SurveyTable,
	TransactionTable
} from '../../analytics/types';
import { filterByCustomer, filterTransactions } from '../../data/tables/filterDataset';
import {
	toCustomerTable,
	toSummaryTable,
	toSurveyTable,
	toTransactionTable,
	type ColumnarDataset
} from '../../data/tables/toTables';
import { AnalysisProblem, type AnalysisContext } from '../context';
import type { EngineFilters } from './engineFilters';

interface Entry {
	source: ColumnarDataset;
	customers: ColumnarDataset | null;
	table: unknown;
}

/** Few filters are in use at once; keeping the last ones makes moving between pages free. */
const KEEP = 12;
const kept = new Map<string, Entry>();

function remember(key: string, entry: Entry) {
	kept.delete(key);
	kept.set(key, entry);
	while (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
}

/** A filter problem in the engine's words (code → en/zh message on the page). */
function asProblem<T>(make: () => T): T {
	try {
		return make();
	} catch (e) {
		if (e instanceof FilterProblem) throw new AnalysisProblem(e.code, e.values);
		throw e;
	}
}

export function filteredContext(
	base: AnalysisContext,
	filters: EngineFilters | null
): AnalysisContext {
	if (!filters) return base;
	const fkey = filterKey(filters);
	const customersDs = async (): Promise<ColumnarDataset | null> =>
		filters.customersId ? base.dataset(filters.customersId) : null;

	async function narrowed<T>(
		kind: string,
		id: string,
		make: (ds: ColumnarDataset, cu: ColumnarDataset | null) => T
	): Promise<T> {
		const source = await base.dataset(id);
		const customers = filters!.where.some((c) => c.on === 'customers') ? await customersDs() : null;
		const key = `${kind}|${id}|${filters!.customersId}|${fkey}`;
		const hit = kept.get(key);
		// A dataset replaced under the same id (re-import, restore) is a new object: recompute.
		if (hit && hit.source === source && hit.customers === customers) {
			remember(key, hit);
			return hit.table as T;
		}
		const table = asProblem(() => make(source, customers));
		remember(key, { source, customers, table });
		return table;
	}

	const onCustomers = filters.where.some((c) => c.on === 'customers');
	return {
		...base,
		transactions: (id) =>
			narrowed<TransactionTable>('tx', id, (ds, cu) =>
				toTransactionTable(filterTransactions(ds, filters, cu))
			),
		// Customer conditions narrow every table keyed by customer; the date window and
		// transaction columns do not apply to them.
		customers: (id) =>
			onCustomers
				? narrowed<CustomerTable>('cu', id, (ds, cu) =>
						toCustomerTable(filterByCustomer(ds, filters, cu))
					)
				: base.customers(id),
		survey: (id) =>
			onCustomers
				? narrowed<SurveyTable>('sv', id, (ds, cu) =>
						toSurveyTable(filterByCustomer(ds, filters, cu))
					)
				: base.survey(id),
		summary: (id) =>
			onCustomers
				? narrowed<SummaryTable>('su', id, (ds, cu) =>
						toSummaryTable(filterByCustomer(ds, filters, cu))
					)
				: base.summary(id)
	};
}
