// `--from YYYY-MM-DD --to YYYY-MM-DD --where COLUMN=VALUE[,VALUE…] --customers FILE`: the app's
// workspace filter on the command line, applied where a file is read (loadFile), through the
// same pure module (analytics/filter) and the same dataset narrowing (data/tables/filterDataset)
// as the engine worker. A command registered with `withFilters` echoes what it applied as
// `filters` in its JSON.
import {
	FilterProblem,
	isFilterActive,
	type FilterCondition,
	type FilterSpec
} from '../lib/analytics/filter';
import { dayFromISO } from '../lib/analytics/dates';
import { filterByCustomer, filterTransactions } from '../lib/data/tables/filterDataset';
import type { ColumnarDataset } from '../lib/data/tables/toTables';
import type { ParsedDataset } from '../lib/data/validate/types';
import { format } from '../lib/i18n/format';
import { filterMessages } from '../lib/i18n/messages/filter';
import { CliError } from './args';

export const FILTER_HELP = `Filters (as the app's filter bar): --from YYYY-MM-DD --to YYYY-MM-DD keep transactions in that
inclusive window; --where COLUMN=VALUE[,VALUE…] (repeatable) keeps rows whose column holds one of
the values, or a range for a number or date column (--where age=30..45, --where amount=100..);
a COLUMN not in the file is looked up in --customers FILE (customer attributes joined by customer
id). Survey answers are filtered by customer attributes only. The JSON adds {filters}.`;

export interface FilterEcho {
	from: string | null;
	to: string | null;
	where: (FilterCondition & { header: string })[];
	customers: string | null;
	/** Rows of the file read and rows kept (the last filtered file, for a command reading several). */
	rows: { total: number; kept: number };
}

/** What the last filtered file kept; read by withFilters once the command has run. */
let applied: FilterEcho | null = null;

type Loader = (path: string) => ParsedDataset;

function filterError(e: unknown): never {
	if (e instanceof FilterProblem) {
		const text = (filterMessages.en as Record<string, string>)[e.code];
		throw new CliError(text ? format(text, e.values) : e.code);
	}
	throw e;
}

function findField(ds: ColumnarDataset, name: string) {
	const lower = name.toLowerCase();
	return (
		ds.fields.find((f) => f.key === name || f.header === name) ??
		ds.fields.find((f) => f.key.toLowerCase() === lower || f.header.toLowerCase() === lower) ??
		null
	);
}

function condition(
	raw: string,
	main: ParsedDataset,
	customers: ParsedDataset | null
): FilterCondition & { header: string } {
	const eq = raw.indexOf('=');
	if (eq <= 0 || eq === raw.length - 1)
		throw new CliError(`--where "${raw}": write COLUMN=VALUE[,VALUE…] or COLUMN=MIN..MAX`);
	const name = raw.slice(0, eq).trim();
	const value = raw.slice(eq + 1).trim();
	const onMain = main.kind === 'transactions' ? findField(main, name) : null;
	const onCustomers = !onMain && customers ? findField(customers, name) : null;
	const field = onMain ?? onCustomers;
	if (!field)
		throw new CliError(
			customers
				? `--where: no column "${name}" in the file or in --customers`
				: `--where: no column "${name}" in the file (customer attributes need --customers FILE)`
		);
	const on = onMain ? 'transactions' : 'customers';
	const base = { on, column: field.key, header: field.header } as const;
	const range = /^(.*)\.\.(.*)$/.exec(value);
	if (range && field.type !== 'dict') {
		const bound = (s: string) => {
			const t = s.trim();
			if (t === '') return null;
			if (field.type === 'day') {
				if (!Number.isFinite(dayFromISO(t)))
					throw new CliError(`--where "${raw}": "${t}" is not a date (use YYYY-MM-DD)`);
				return t;
			}
			const n = Number(t);
			if (!Number.isFinite(n)) throw new CliError(`--where "${raw}": "${t}" is not a number`);
			return n;
		};
		return { ...base, min: bound(range[1]), max: bound(range[2]) };
	}
	return { ...base, values: value.split(',').map((v) => v.trim()) };
}

function isoOption(options: Record<string, string>, name: 'from' | 'to'): string | null {
	const v = options[name];
	if (v === undefined) return null;
	if (!Number.isFinite(dayFromISO(v)))
		throw new CliError(`--${name} "${v}" is not a date (use YYYY-MM-DD)`);
	return v;
}

export function hasFilterOptions(options: Record<string, string>): boolean {
	return options.from !== undefined || options.to !== undefined || options.where !== undefined;
}

/**
 * The file's dataset narrowed by the filter options (the dataset itself when none are given).
 * `loadCustomers` reads the --customers file (without the filter, with its own default options).
 */
export function applyCliFilter(
	dataset: ParsedDataset,
	options: Record<string, string>,
	loadCustomers: Loader
): ParsedDataset {
	if (!hasFilterOptions(options)) return dataset;
	const customers = options.customers ? loadCustomers(options.customers) : null;
	const where = (options.where ?? '')
		.split('\n')
		.filter((w) => w.trim() !== '')
		.map((w) => condition(w, dataset, customers));
	const spec: FilterSpec = {
		from: isoOption(options, 'from'),
		to: isoOption(options, 'to'),
		where
	};
	if (!isFilterActive(spec)) return dataset;
	if (dataset.kind !== 'transactions' && (spec.from !== null || spec.to !== null))
		throw new CliError(`--from/--to apply to transaction files (this file holds ${dataset.kind})`);
	let out: ParsedDataset;
	try {
		out =
			dataset.kind === 'transactions'
				? filterTransactions(dataset, spec, customers)
				: filterByCustomer(dataset, spec, customers);
	} catch (e) {
		filterError(e);
	}
	applied = {
		from: spec.from,
		to: spec.to,
		where,
		customers: options.customers ?? null,
		rows: { total: dataset.rows, kept: out.rows }
	};
	return out;
}

/** A command that echoes the filter it applied as `filters` in its JSON output. */
export function withFilters<T>(
	run: (file: string, options: Record<string, string>) => T | Promise<T>
): (file: string, options: Record<string, string>) => Promise<T | (T & { filters: FilterEcho })> {
	return async (file, options) => {
		applied = null;
		const out = await run(file, options);
		if (!hasFilterOptions(options) || !out || typeof out !== 'object') return out;
		return { ...out, filters: applied };
	};
}
