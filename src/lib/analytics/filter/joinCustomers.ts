// A customers table ready to join: its id column read into a Map (id string → row), first row
// of an id wins, the way analyses join attributes elsewhere (analytics/customers/joinAttributes).
import { FilterProblem, type FilterColumn } from './filterSpec';
import type { JoinedCustomers } from './selectRows';

export function joinCustomers(
	columns: Record<string, FilterColumn>,
	rows: number
): JoinedCustomers {
	const id = columns.customerId;
	if (!id || id.type !== 'dict') throw new FilterProblem('filter.no_customer_ids');
	const index = new Map<string, number>();
	for (let r = 0; r < rows; r++) {
		const c = id.codes[r];
		if (c < 0) continue;
		const label = id.labels[c];
		if (!index.has(label)) index.set(label, r);
	}
	return { index, columns };
}
