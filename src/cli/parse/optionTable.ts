// How a command declares its options: a small table next to its code, read by util.parseArgs.
// A string option takes a value (`--as-of 2025-01-01` or `--as-of=2025-01-01`); a boolean is a
// bare flag (`--verbose`). Commands receive them as Record<string, string> (booleans as 'true').

export interface OptionSpec {
	type: 'string' | 'boolean';
	/** One letter, e.g. 'h' for -h. */
	short?: string;
	/** May be given more than once; the command receives the values joined by a line feed. */
	multiple?: boolean;
}

export type OptionTable = Record<string, OptionSpec>;

/** Options every command understands. */
export const GLOBAL_OPTIONS: OptionTable = {
	help: { type: 'boolean', short: 'h' }
};

/** How a file is read (loadFile / mapBytes): the same for every command that reads one. */
export const COLUMN_OPTIONS: OptionTable = {
	customer: { type: 'string' },
	date: { type: 'string' },
	amount: { type: 'string' },
	order: { type: 'string' },
	'date-format': { type: 'string' },
	delimiter: { type: 'string' },
	encoding: { type: 'string' },
	header: { type: 'string' },
	kind: { type: 'string' },
	returns: { type: 'string' },
	// Shop exports (src/cli/layoutOptions.ts): `--layout none` reads row by row,
	// `--status-policy` changes what each order status counts as.
	layout: { type: 'string' },
	'status-policy': { type: 'string' },
	// Workbooks (issue 17): the sheet to read, by name (default: the first that is not empty).
	sheet: { type: 'string' }
};

/**
 * The workspace filter on the command line (src/cli/cliFilter.ts): the same semantics as the
 * app's filter bar. `--where` may repeat; `--customers FILE` joins customer attributes by id.
 */
export const FILTER_OPTIONS: OptionTable = {
	from: { type: 'string' },
	to: { type: 'string' },
	where: { type: 'string', multiple: true },
	customers: { type: 'string' }
};
