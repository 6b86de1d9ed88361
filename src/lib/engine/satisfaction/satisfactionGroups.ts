// Grouping columns for NPS and loyalty by group: the survey's own text columns ('g:gender'), or,
// when respondents carry customer ids that occur in a customers dataset, a customer attribute
// ('c:age', numbers in bands, dates as years) joined by id.
import { attributeGroups } from '../../analytics/attributes/attributeGroups';
import type { CategoryColumn, CustomerTable, SurveyTable } from '../../analytics/types';

export interface GroupOption {
	key: string;
	name: string;
	source: 'survey' | 'customers';
}

export interface GroupOptions {
	options: GroupOption[];
	/** Respondents whose customer id is in the customers dataset (null without one). */
	customersMatched: number | null;
}

/** Row of each respondent in the customers table, −1 when the id is missing or unknown. */
function customerRows(table: SurveyTable, customers: CustomerTable): Int32Array {
	const rowOf = new Map<string, number>();
	for (let i = customers.length - 1; i >= 0; i--) rowOf.set(customers.ids[i], i);
	const ids = table.customerId;
	return Int32Array.from({ length: table.length }, (_, i) => {
		const id = ids?.[i];
		return id == null ? -1 : (rowOf.get(id) ?? -1);
	});
}

export function satisfactionGroupOptions(
	table: SurveyTable,
	customers: CustomerTable | null
): GroupOptions {
	const options: GroupOption[] = Object.keys(table.groups ?? {}).map((name) => ({
		key: `g:${name}`,
		name,
		source: 'survey'
	}));
	if (!customers || !table.customerId) return { options, customersMatched: null };
	const rows = customerRows(table, customers);
	let matched = 0;
	for (const r of rows) if (r >= 0) matched++;
	if (matched > 0)
		for (const name of Object.keys(customers.columns))
			options.push({ key: `c:${name}`, name, source: 'customers' });
	return { options, customersMatched: matched };
}

/** The category column behind a group key, one code per respondent; null for none/unknown. */
export function satisfactionGroupColumn(
	table: SurveyTable,
	key: string,
	customers: CustomerTable | null
): CategoryColumn | null {
	if (key.startsWith('g:')) return table.groups?.[key.slice(2)] ?? null;
	if (!key.startsWith('c:') || !customers || !table.customerId) return null;
	const col = customers.columns[key.slice(2)];
	if (!col) return null;
	const rows = customerRows(table, customers);
	const groups = attributeGroups(key.slice(2), col);
	// Respondents who are not in the customers table have no group (left out, not "missing").
	const codes = Int32Array.from(rows, (r) => (r < 0 ? -1 : groups.codes[r]));
	return { codes, labels: groups.keys };
}
