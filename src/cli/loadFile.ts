// Reads a file for the CLI through the same sniff / map / validate modules the app uses.
import { readFileSync, statSync } from 'node:fs';
import { previewFile, type PreviewOverrides } from '../lib/data/pipeline/previewFile';
import { importBytes } from '../lib/data/pipeline/importBytes';
import { dateOrderSwitch } from '../lib/data/pipeline/dateOrderSwitch';
import { FileProblemError } from '../lib/data/pipeline/problems';
import type { Role } from '../lib/data/map/headerSynonyms';
import type { Mapping } from '../lib/data/map/types';
import { roleType } from '../lib/data/map/types';
import type { Delimiter } from '../lib/data/sniff/detectDelimiter';
import { ENCODINGS, type TextEncodingName } from '../lib/data/sniff/detectEncoding';
import { DATASET_KINDS, type DatasetKind } from '../lib/data/map/types';
import type { ParsedDataset } from '../lib/data/validate/types';
import type { Preview } from '../lib/data/pipeline/previewFile';
import { describeProblem } from './describeProblem';
import { applyLayoutOptions } from './layoutOptions';
import { applyCliFilter } from './cliFilter';
import { CliError } from './args';
import { dayFromYMD } from '../lib/analytics/dates';
import type { SummaryTable, TransactionTable } from '../lib/analytics/types';
import { toSummaryTable, toTransactionTable } from '../lib/data/tables/toTables';
import { workbookAsCsv } from './readWorkbookFile';

const DELIMS: Record<string, Delimiter> = {
	',': ',',
	comma: ',',
	';': ';',
	semicolon: ';',
	tab: '\t',
	'\\t': '\t',
	'\t': '\t',
	'|': '|',
	pipe: '|',
	whitespace: 'whitespace',
	space: 'whitespace'
};

/** Node reads at most 2 GiB into one buffer; commands that hold a file whole stop there. */
export const MAX_IN_MEMORY_BYTES = 2 ** 31 - 1;

export interface Loaded {
	preview: Preview;
	mapping: Mapping;
	dataset: ParsedDataset;
}

function findColumn(preview: Preview, ref: string): number {
	const n = Number(ref);
	if (
		Number.isInteger(n) &&
		n >= 1 &&
		n <= preview.headers.length &&
		!preview.headers.includes(ref)
	)
		return n - 1;
	const i = preview.headers.findIndex((h) => h === ref);
	if (i >= 0) return i;
	const j = preview.headers.findIndex((h) => h.toLowerCase() === ref.toLowerCase());
	if (j >= 0) return j;
	throw new CliError(`no column "${ref}" (columns: ${preview.headers.join(', ')})`);
}

/**
 * Reads and imports a file. `kind` forces a dataset kind; a list of kinds keeps the detected
 * kind when it is one of them and forces the first otherwise (`['transactions', 'summary']`: a
 * customer-summary file is read as one, anything else as transactions). `--kind` overrides both.
 */
export function loadFile(
	path: string,
	options: Record<string, string>,
	kind?: DatasetKind | DatasetKind[]
): Loaded {
	let bytes: Uint8Array;
	try {
		const st = statSync(path);
		if (st.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
		if (st.size > MAX_IN_MEMORY_BYTES)
			throw new CliError(
				`${path} is ${(st.size / 1e9).toFixed(1)} GB, more than this command reads into memory: ` +
					'crm-workbench summarize computes RFM, BTYD and cohort summaries from files of any size (DuckDB; see docs/scale.md)'
			);
		bytes = readFileSync(path);
	} catch (e) {
		if (e instanceof CliError) throw e;
		throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
	}
	// A workbook (issue 17): its sheet, as CSV, takes the CSV path from here on.
	let headerFound: boolean | undefined;
	try {
		({ bytes, hasHeader: headerFound } = workbookAsCsv(bytes, path, options.sheet));
	} catch (e) {
		if (e instanceof FileProblemError) throw new CliError(describeProblem(e.problem, path));
		throw e;
	}
	const withHeader =
		headerFound && options.header === undefined ? { ...options, header: 'true' } : options;
	const { preview, mapping } = mapBytes(bytes, path, withHeader, kind);
	// "Future" dates are judged against today only at import; analytics never read the clock.
	const now = new Date();
	const today = dayFromYMD(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()) + 1;
	try {
		const dataset = importBytes(bytes, mapping, today);
		// The date order the preview guessed from the first rows gives way to what all rows
		// say (the app offers the same switch as a button), unless --date-format said it.
		const switched = options['date-format'] ? null : dateOrderSwitch(mapping, dataset.report);
		const read = switched
			? { preview, mapping: switched, dataset: importBytes(bytes, switched, today) }
			: { preview, mapping, dataset };
		// --from/--to/--where (commands that declare them): the rows the app's filter would keep.
		// The --customers file is read as it is, with no options of the main file.
		const customers = (p: string) => loadFile(p, {}, 'customers').dataset;
		return { ...read, dataset: applyCliFilter(read.dataset, options, customers) };
	} catch (e) {
		if (e instanceof FileProblemError) throw new CliError(describeProblem(e.problem, path));
		throw e;
	}
}

/**
 * The preview and mapping of a file's bytes — its whole content, or just its head (the preview
 * samples the first 256 KB anyway) — with the CLI's column options (--customer, --date-format,
 * --encoding, …) applied. `path` names the file in messages and gives its extension.
 */
export function mapBytes(
	bytes: Uint8Array,
	path: string,
	options: Record<string, string>,
	kind?: DatasetKind | DatasetKind[]
): { preview: Preview; mapping: Mapping } {
	const overrides: PreviewOverrides = { kind: Array.isArray(kind) ? undefined : kind };
	if (options.encoding) {
		const enc = options.encoding
			.toLowerCase()
			.replace('gbk', 'gb18030')
			.replace('utf8', 'utf-8') as TextEncodingName;
		if (!ENCODINGS.includes(enc))
			throw new CliError(`unknown encoding "${options.encoding}" (use ${ENCODINGS.join(', ')})`);
		overrides.encoding = enc;
	}
	if (options.delimiter) {
		const d = DELIMS[options.delimiter];
		if (!d)
			throw new CliError(`unknown delimiter "${options.delimiter}" (use , ; tab | whitespace)`);
		overrides.delimiter = d;
	}
	if (options.header) overrides.hasHeader = options.header !== 'false';
	if (options.kind) {
		if (!DATASET_KINDS.includes(options.kind as DatasetKind))
			throw new CliError(`unknown kind "${options.kind}"`);
		overrides.kind = options.kind as DatasetKind;
	}
	let preview: Preview;
	try {
		preview = previewFile(bytes, path, overrides);
		// The preview reads the first 256 KB only, so a second look costs little.
		if (Array.isArray(kind) && !options.kind && !kind.includes(preview.mapping.kind))
			preview = previewFile(bytes, path, { ...overrides, kind: kind[0] });
	} catch (e) {
		if (e instanceof FileProblemError) throw new CliError(describeProblem(e.problem, path));
		throw e;
	}
	const mapping: Mapping = structuredClone(preview.mapping);
	const explicit: [string, Role][] = [
		['customer', 'customerId'],
		['date', 'date'],
		['amount', 'amount'],
		['order', 'orderId']
	];
	for (const [opt, role] of explicit) {
		if (!options[opt]) continue;
		const idx = findColumn(preview, options[opt]);
		for (const c of mapping.columns) if (c.role === role) c.role = 'ignore';
		const col = mapping.columns[idx];
		col.role = role;
		col.type = roleType(role, col.type);
		if (col.type === 'date') col.dateFormat = preview.profiles[idx].date.format ?? 'ymd';
		if (col.type === 'number') col.decimal = preview.profiles[idx].decimal;
	}
	if (options['date-format'])
		for (const c of mapping.columns)
			if (c.role === 'date') c.dateFormat = options['date-format'] as never;
	if (options.returns === 'drop') mapping.returns = 'drop';
	// Hook (issue 23): a recognised shop export, read as orders in every command.
	applyLayoutOptions(mapping, options);
	return { preview, mapping };
}

/** A file of customer behaviour: transactions, or a customer summary (x, t_x, T, mean spend). */
export type BehaviourTable =
	| { kind: 'transactions'; table: TransactionTable }
	| { kind: 'summary'; table: SummaryTable };

/**
 * Transactions or a customer summary, as detected (see loadFile). A summary does not say its
 * time unit, so `unit` is the caller's (the CLI's --unit, default week).
 */
export function loadBehaviour(
	file: string,
	options: Record<string, string>,
	unit: SummaryTable['unit']
): BehaviourTable {
	const { dataset } = loadFile(file, options, ['transactions', 'summary']);
	if (dataset.kind === 'summary') {
		try {
			return { kind: 'summary', table: toSummaryTable(dataset, unit) };
		} catch {
			throw new CliError(`${file}: a customer summary needs a customer id column`);
		}
	}
	if (dataset.kind !== 'transactions')
		throw new CliError(`${file} does not look like transactions (found ${dataset.kind})`);
	try {
		return { kind: 'transactions', table: toTransactionTable(dataset) };
	} catch {
		throw new CliError(`${file}: transactions need a customer id column and a date column`);
	}
}
