// `cli rfm <file> [--as-of YYYY-MM-DD] [--preset NAME] [--bins 5] [--monetary total|average]`:
// RFM scores and named segments for a transaction file. It runs the very analyses the app runs
// in its worker (segmentsRfm, segmentsCustomers) in Node, so the numbers match the page. Also
// holds what `cli pyramid` shares: the Node analysis context, option parsing, problem → one line.
import { dayFromISO, isoFromDay } from '../../lib/analytics/dates';
import type { SegmentsIssue } from '../../lib/analytics/customers/segmentsIssue';
import type { SegmentPresetName } from '../../lib/analytics/rfm/segmentPresets';
import type { TransactionTable } from '../../lib/analytics/types';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { AnalysisProblem, type AnalysisContext } from '../../lib/data/worker/analyses/context';
import { segmentsCustomers } from '../../lib/data/worker/analyses/segmentsCustomers';
import type { SegmentsSettings } from '../../lib/data/worker/analyses/segmentsResult';
import { segmentsRfm } from '../../lib/data/worker/analyses/segmentsRfm';
import { PRESET_NAMES, presetRules } from '../../lib/data/worker/analyses/segmentsRules';
import { format } from '../../lib/i18n/format';
import { segmentsMessages } from '../../lib/i18n/messages/segments';
import { segmentsViewMessages } from '../../lib/i18n/messages/segmentsView';
import { CliError } from '../args';
import { loadFile } from '../loadFile';

export const RFM_HELP = `usage: cli rfm <file> [--as-of YYYY-MM-DD] [--preset rfmVignette|rfGrid|short]
               [--bins 5] [--monetary total|average]
Scores recency (days since the last purchase; 5 = most recent), frequency (distinct orders, or
distinct purchase days without an order id) and monetary value (net total, or average per
purchase) 1…bins by quantiles, then names segments by the preset's rules, first match wins.
--as-of defaults to the day after the last transaction. Presets are written for 5 bins; with
other bins each score reads as the nearest 1–5 score, as in the app. Prints {asOf,
frequencyRule, thresholds, segments, customers, warnings}.`;

const EN: Record<string, string> = { ...segmentsMessages.en, ...segmentsViewMessages.en };
const DIMENSION_WORD: Record<string, string> = {
	recency: 'Recency',
	frequency: 'Frequency',
	monetary: 'Monetary'
};

/** One English sentence for an engine issue or problem code (with its parameters). */
export function segmentsText(code: string, params: Record<string, unknown> = {}): string {
	const key = code.includes('.') ? code : `segments.issue.${code}`;
	const values = { ...params };
	if (typeof values.dimension === 'string')
		values.dimension = DIMENSION_WORD[values.dimension] ?? values.dimension;
	const text = EN[key];
	return text ? format(text, values) : code;
}

export function issueLines(issues: SegmentsIssue[]): string[] {
	return [...new Set(issues.map((i) => segmentsText(i.code, i.params)))];
}

/** Runs a worker analysis in Node, turning its typed problem into a one-line CLI error. */
export async function orCliError<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof AnalysisProblem) throw new CliError(segmentsText(e.code, e.values));
		throw e;
	}
}

/** The worker's analysis context over one in-memory transaction table. */
export function nodeContext(tx: TransactionTable): AnalysisContext {
	const none = async (): Promise<never> => {
		throw new AnalysisProblem('dataset_missing');
	};
	return {
		transactions: async () => tx,
		dataset: none,
		customers: none,
		survey: none,
		summary: none,
		progress: () => {}
	};
}

export function loadTransactionTable(
	file: string,
	options: Record<string, string>
): TransactionTable {
	const { dataset } = loadFile(file, options, 'transactions');
	if (dataset.kind !== 'transactions')
		throw new CliError(`${file} does not look like transactions (found ${dataset.kind})`);
	try {
		return toTransactionTable(dataset);
	} catch {
		throw new CliError(`${file}: transactions need a customer id column and a date column`);
	}
}

export function parseAsOf(value: string | undefined): number | null {
	if (value === undefined) return null;
	const day = dayFromISO(value);
	if (!Number.isFinite(day))
		throw new CliError(`--as-of "${value}" is not a date (use YYYY-MM-DD)`);
	return day;
}

function parsePreset(value: string | undefined): SegmentPresetName {
	if (value === undefined) return 'rfmVignette';
	const plain = value.toLowerCase().replace(/[-_ ]/g, '');
	const found = PRESET_NAMES.find((p) => p.toLowerCase() === plain);
	if (!found) throw new CliError(`unknown preset "${value}" (use ${PRESET_NAMES.join(', ')})`);
	return found;
}

function parseBins(value: string | undefined): number {
	if (value === undefined) return 5;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 2 || n > 9)
		throw new CliError(`--bins must be a whole number from 2 to 9 (got "${value}")`);
	return n;
}

function parseMonetary(value: string | undefined): 'total' | 'average' {
	if (value === undefined || value === 'total') return 'total';
	if (value === 'average') return 'average';
	throw new CliError(`--monetary must be total or average (got "${value}")`);
}

export interface RfmOutput {
	asOf: string;
	frequencyRule: 'orders' | 'days';
	bins: number;
	preset: SegmentPresetName;
	thresholds: { recency: number[]; frequency: number[]; monetary: number[] | null };
	segments: { name: string; customers: number; revenue: number | null }[];
	customers: {
		customerId: string;
		recency: number;
		frequency: number;
		monetary: number | null;
		r: number;
		f: number;
		m: number | null;
		segment: string;
	}[];
	warnings: string[];
}

export async function rfmCommand(
	file: string,
	options: Record<string, string>
): Promise<RfmOutput> {
	const asOf = parseAsOf(options['as-of']);
	const preset = parsePreset(options.preset);
	const bins = parseBins(options.bins);
	const monetary = parseMonetary(options.monetary);
	const tx = loadTransactionTable(file, options);
	const ctx = nodeContext(tx);
	const { rules, dropped } = presetRules(preset, bins);
	const s: SegmentsSettings = {
		id: file,
		customersId: null,
		asOf,
		bins,
		monetary,
		rules,
		thresholds: null
	};
	const r = await orCliError(() => segmentsRfm(ctx, { s }));
	// Revenue as the value basis: no lifetime-value fit is needed to list scores.
	const list = await orCliError(() =>
		segmentsCustomers(ctx, { s, filter: { kind: 'all' }, value: { basis: 'revenue' }, all: true })
	);
	const edges = (d: string) => r.dimensions.find((x) => x.dimension === d)?.edges ?? null;
	const warnings = issueLines(r.issues);
	if (dropped.length > 0)
		warnings.push(
			`On ${bins} bins no score reads as the 1–5 ranges of: ${dropped.join(', ')} (rules left out).`
		);
	return {
		asOf: isoFromDay(r.asOf),
		frequencyRule: r.frequencyRule,
		bins,
		preset,
		thresholds: {
			recency: edges('recency') ?? [],
			frequency: edges('frequency') ?? [],
			monetary: edges('monetary')
		},
		segments: r.segments.map((row) => ({
			name: row.key,
			customers: row.customers,
			revenue: row.revenue
		})),
		customers: list.rows.map((c) => ({
			customerId: c.customerId,
			recency: c.recency,
			frequency: c.frequency,
			monetary: c.monetary,
			r: c.r,
			f: c.f,
			m: c.m,
			segment: c.segment
		})),
		warnings
	};
}
