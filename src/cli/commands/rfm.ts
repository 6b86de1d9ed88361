// `cli rfm <file> [--as-of YYYY-MM-DD] [--preset NAME] [--bins 5] [--monetary total|average]`:
// RFM scores and named segments for a transaction file or a customer summary. It runs the very
// analyses the app runs in its worker (segmentsRfm, segmentsCustomers) in Node, so the numbers
// match the page. Also holds what `cli pyramid` shares: the Node analysis context, option
// parsing, problem → one line.
import { dayFromISO, isoFromDay } from '../../lib/analytics/dates';
import type { SegmentsIssue } from '../../lib/analytics/customers/segmentsIssue';
import type { CentreCuts, CentreKind } from '../../lib/analytics/rfm/centreCut';
import type { SegmentPresetName } from '../../lib/analytics/rfm/segmentPresets';
import type { BehaviourTable } from '../loadFile';
import { AnalysisProblem } from '../../lib/engine/context';
import { nodeContext } from '../nodeContext';
import type { SegmentsSettings } from '../../lib/engine/segments/segmentsResult';
import { PRESET_NAMES, presetRules } from '../../lib/engine/segments/segmentsRules';
import { format } from '../../lib/i18n/format';
import { pyramidReferral } from '../../lib/i18n/messages/pyramidReferral';
import { segmentsMessages } from '../../lib/i18n/messages/segments';
import { segmentsViewMessages } from '../../lib/i18n/messages/segmentsView';
import { CliError } from '../args';
import { loadBehaviour } from '../loadFile';
import { droppedRowsNote, parseUnit } from './fit';
import { runAnalysis } from '../../lib/engine/registry';

export const RFM_HELP = `usage: cli rfm <file> [--as-of YYYY-MM-DD] [--preset rfmVignette|rfGrid|short|cn8]
               [--bins 5] [--monetary total|average] [--unit day|week|month]
               [--cut mean|median|R=median,F=mean,M=mean]
Scores recency (days since the last purchase; 5 = most recent), frequency (distinct orders, or
distinct purchase days without an order id) and monetary value (net total, or average per
purchase) 1…bins by quantiles, then names segments by the preset's rules, first match wins.
--as-of defaults to the day after the last transaction. Presets are written for 5 bins; with
other bins each score reads as the nearest 1–5 score, as in the app.
--preset cn8 is the eight-class model of Chinese courses (重要价值客户 … 一般挽留客户): R, F and M
each high or low against a cut, the mean (default) or the median of all customers, set for all
three by --cut mean|median or per dimension by --cut R=median,F=mean,M=mean. It scores on 2 bins
(1 = low, 2 = high; R high = at or below the cut, F and M high = above it).
The file may also be a customer summary (customer id, frequency x, recency t_x, T, monetary =
mean spend; see cli fit --help): recency is then T − t_x converted from --unit (default week)
to days, frequency is x + 1 and M is the mean spend per purchase; it has no dates (no --as-of,
asOf null). Prints {input, asOf, frequencyRule, thresholds, segments, customers, warnings}.`;

const EN: Record<string, string> = {
	...segmentsMessages.en,
	...segmentsViewMessages.en,
	...pyramidReferral.en
};
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

/** The settings fields a file fixes: where behaviour comes from and a summary's unit. */
export function sourceSettings(
	data: BehaviourTable,
	options: Record<string, string>
): { source: 'transactions' | 'summary'; unit: 'day' | 'week' | 'month' } {
	if (data.kind === 'summary' && options['as-of'] !== undefined)
		throw new CliError(
			'a customer summary has no dates: --as-of applies to transaction files only'
		);
	return { source: data.kind, unit: data.kind === 'summary' ? data.table.unit : 'week' };
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

function parseBins(value: string | undefined, preset: SegmentPresetName): number {
	if (preset === 'cn8') {
		if (value !== undefined && value !== '2')
			throw new CliError(
				`--preset cn8 is high/low on each dimension: 2 bins (got --bins ${value})`
			);
		return 2;
	}
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

const CUT_LETTERS: Record<string, keyof CentreCuts> = {
	r: 'recency',
	f: 'frequency',
	m: 'monetary'
};

/** `mean`, `median`, or `R=median,F=mean,M=mean` (unnamed dimensions keep the mean). */
export function parseCut(value: string | undefined): CentreCuts {
	const cuts: CentreCuts = { recency: 'mean', frequency: 'mean', monetary: 'mean' };
	if (value === undefined) return cuts;
	const kindOf = (v: string): CentreKind => {
		const k = v.trim().toLowerCase();
		if (k === 'mean' || k === 'median') return k;
		throw new CliError(`--cut "${value}": each cut is mean or median`);
	};
	if (!value.includes('=')) {
		const k = kindOf(value);
		return { recency: k, frequency: k, monetary: k };
	}
	for (const part of value.split(',')) {
		const [name, kind = ''] = part.split('=');
		const d = CUT_LETTERS[name.trim().toLowerCase()];
		if (!d) throw new CliError(`--cut "${value}": name the dimensions R, F and M`);
		cuts[d] = kindOf(kind);
	}
	return cuts;
}

export interface RfmOutput {
	/** What the file was read as. */
	input: 'transactions' | 'summary';
	/** Null for a summary (no dates). */
	asOf: string | null;
	frequencyRule: 'orders' | 'days';
	bins: number;
	preset: SegmentPresetName;
	/** The eight-class model's cut per dimension (preset cn8 only). */
	cut?: CentreCuts;
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
	const bins = parseBins(options.bins, preset);
	if (options.cut !== undefined && preset !== 'cn8')
		throw new CliError('--cut sets the high/low cut of --preset cn8 only');
	const cut = preset === 'cn8' ? parseCut(options.cut) : undefined;
	const monetary = parseMonetary(options.monetary);
	const data = loadBehaviour(file, options, parseUnit(options.unit));
	const ctx = nodeContext(data);
	const { rules, dropped } = presetRules(preset, bins);
	const s: SegmentsSettings = {
		id: file,
		...sourceSettings(data, options),
		customersId: null,
		asOf,
		bins,
		monetary,
		rules,
		thresholds: null,
		...(cut ? { centre: cut } : {})
	};
	const r = await orCliError(() => runAnalysis(ctx, 'segmentsRfm', { s }));
	// Revenue as the value basis: no lifetime-value fit is needed to list scores.
	const list = await orCliError(() =>
		runAnalysis(ctx, 'segmentsCustomers', {
			s,
			filter: { kind: 'all' },
			value: { basis: 'revenue' },
			all: true
		})
	);
	const edges = (d: string) => r.dimensions.find((x) => x.dimension === d)?.edges ?? null;
	const warnings = [...droppedRowsNote(r.dropped), ...issueLines(r.issues)];
	if (r.source === 'summary' && options.monetary === 'total')
		warnings.push(
			'A customer summary carries a mean spend: M scores the average per purchase (--monetary total does not apply).'
		);
	if (dropped.length > 0)
		warnings.push(
			`On ${bins} bins no score reads as the 1–5 ranges of: ${dropped.join(', ')} (rules left out).`
		);
	return {
		input: r.source,
		asOf: r.source === 'summary' ? null : isoFromDay(r.asOf),
		frequencyRule: r.frequencyRule,
		bins,
		preset,
		...(cut ? { cut } : {}),
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
