// A stored dataset narrowed by the workspace filter (analytics/filter): transactions by the
// date window and every condition, survey answers / customer summaries / the customers table
// by the customer conditions joined on customer id. The result has the dataset's shape (fields,
// columns) with fewer rows, so toTables and every analysis read it as if the file held only
// those rows. Used by the engine worker and the CLI alike.
import {
	joinCustomers,
	selectByCustomer,
	selectRows,
	takeRows,
	type FilterSpec,
	type JoinedCustomers
} from '../../analytics/filter';
import type { StoredColumn } from '../validate/types';
import type { ColumnarDataset } from './toTables';

// The id → row Map of a customers dataset, built once per dataset (100k ids take a while).
const joins = new WeakMap<ColumnarDataset, JoinedCustomers>();

export function joinedCustomers(customers: ColumnarDataset | null): JoinedCustomers | null {
	if (!customers) return null;
	let j = joins.get(customers);
	if (!j) joins.set(customers, (j = joinCustomers(customers.columns, customers.rows)));
	return j;
}

function take<D extends ColumnarDataset>(ds: D, rows: Uint32Array): D {
	return {
		...ds,
		rows: rows.length,
		columns: takeRows(ds.columns, rows) as Record<string, StoredColumn>
	};
}

/** Transactions inside the window that pass every condition (throws FilterProblem). */
export function filterTransactions<D extends ColumnarDataset>(
	ds: D,
	spec: FilterSpec,
	customers: ColumnarDataset | null
): D {
	return take(ds, selectRows(ds, spec, joinedCustomers(customers)));
}

/** Rows whose customer passes the customer conditions; the dataset itself when there are none. */
export function filterByCustomer<D extends ColumnarDataset>(
	ds: D,
	spec: FilterSpec,
	customers: ColumnarDataset | null
): D {
	const rows = selectByCustomer(ds, spec, joinedCustomers(customers));
	return rows ? take(ds, rows) : ds;
}
