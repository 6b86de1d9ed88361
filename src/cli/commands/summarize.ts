// `cli summarize <file> --what rfm|btyd|cohorts`: a per-customer summary of a transaction file
// larger than memory, computed by DuckDB. The file is loaded with the app's row rules into a
// DuckDB database in a private temp folder (duck/loadTransactions.ts), then the SQL of docs/sql
// writes the summary: btyd alone; rfm with scores and segments by the engine's rfmScoreTable;
// cohorts by the engine's cohortCounts over customer-sorted chunks, merged. Both analyses are run
// through engine/registry like every command's (summarize.test.ts checks each summary equal to
// the in-memory engine's). DuckDB keeps within --memory-mb and spills to disk past it.
import { dayFromYMD } from '../../lib/analytics/dates';
import { presetRules } from '../../lib/engine/segments/segmentsRules';
import { CliError } from '../args';
import { describeProblem } from '../describeProblem';
import { passCount } from '../duck/customerRanges';
import { loadTransactions } from '../duck/loadTransactions';
import { openDuck } from '../duck/openDuck';
import type { OptionTable } from '../parse/optionTable';
import { CsvSink } from '../stream/csvSink';
import { headMapping } from '../stream/headMapping';
import { ProgressLine, peakRssBytes, summaryLine } from '../stream/progressLine';
import { tempFolder } from '../stream/tempFolder';
import { parseCalibrationEnd, parseUnit } from './fit';
import { parseAsOf } from './rfm';
import { summarizeBtyd } from './summarizeBtyd';
import { summarizeCohorts } from './summarizeCohorts';
import {
	parseBins,
	parseGrain,
	parseKind,
	parseMemory,
	parsePreset,
	type SummaryKind
} from './summarizeOptions';
import { summarizeRfm } from './summarizeRfm';
import type { SummaryInput, SummaryResult } from './summarizeTypes';

export const SUMMARIZE_HELP = `usage: cli summarize <file> --what rfm|btyd|cohorts [--out FILE]
               [--as-of YYYY-MM-DD] [--calibration-end YYYY-MM-DD] [--unit day|week|month]
               [--grain week|month|quarter] [--bins 5] [--preset rfmVignette|rfGrid|short]
               [--memory-mb MB] [--verbose]
A per-customer summary of a transaction file of any size, computed by DuckDB in memory bounded
by --memory-mb (default a quarter of the machine's memory, 256 to 4096; DuckDB spills to a
temp folder past it and a large file is summarized in passes over ranges of customer ids; rfm
scores add ~20 bytes per customer). Rows are checked by the app's import rules; they need not be sorted. Writes CSV to --out (then prints {what, out, rows, ...} as JSON) or stdout:
  rfm      customer_id,recency,frequency,monetary,tenure,r,f,m,score,segment
           as in cli rfm: purchases up to --as-of (inclusive; default the day after the last
           transaction), quantile scores 1…bins, segments of --preset.
  btyd     customer_id,frequency,recency,T,monetary: x, t_x and T in --unit (default week) and
           the mean repeat spend, up to --calibration-end (default the last day); the app
           imports it as a customer summary.
  cohorts  cohort,period,size,customers,retention,revenue,cumulative: one row per observed
           cell, cohorts by --grain (default month) of the first purchase, before --as-of.
Rows come sorted by customer id (cohorts: by cohort and period). Column options as for inspect (--customer,
--date, --amount, --order, --date-format, --delimiter, --encoding, --returns drop). One summary
line (rows, rejected rows by reason, customers, MB/s, peak RSS) goes to stderr on a terminal or with --verbose.`;

/** The options of `cli summarize` beyond the column options (its help names the same). */
export const SUMMARIZE_OPTIONS: OptionTable = {
	what: { type: 'string' },
	out: { type: 'string' },
	'as-of': { type: 'string' },
	'calibration-end': { type: 'string' },
	unit: { type: 'string' },
	grain: { type: 'string' },
	bins: { type: 'string' },
	preset: { type: 'string' },
	'memory-mb': { type: 'string' },
	verbose: { type: 'boolean' }
};

export interface SummarizeOutput {
	what: SummaryKind;
	out: string | null;
	rows: number;
	customers: number;
	rowsRead: number;
	rejected: number;
	/** Rejected rows by the app's reasons (bad_date, missing_customer, …). */
	rejectedByReason: Record<string, number>;
	/** Which reader took the file: DuckDB's own, or the app's JavaScript one (see --help). */
	reader: 'duckdb' | 'javascript';
	/** DuckDB's typed or text reading, or the app's reader (docs/scale.md, "How"). */
	road: 'typed' | 'text' | 'javascript';
	memoryMb: number;
	seconds: number;
	peakRssMB: number;
	warnings: string[];
}

/** Import's "today": dates after it are typos (the analyses themselves never read the clock). */
function importToday(): number {
	const now = new Date();
	return dayFromYMD(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()) + 1;
}

export async function summarizeCommand(
	file: string,
	options: Record<string, string>,
	/** For tests: this many passes whatever the file's size (summarizePasses.test.ts). */
	tuning: { passes?: number } = {}
): Promise<SummarizeOutput> {
	const what = parseKind(options.what);
	const memoryMb = parseMemory(options['memory-mb']);
	const asOfOption = parseAsOf(options['as-of']);
	const calibrationOption = parseCalibrationEnd(options['calibration-end']);
	const unit = parseUnit(options.unit);
	const grain = parseGrain(options.grain);
	const bins = parseBins(options.bins);
	const { rules, dropped } = presetRules(parsePreset(options.preset), bins);
	const out = options.out && options.out !== 'true' ? options.out : null;
	const verbose = options.verbose !== undefined && options.verbose !== 'false';
	const progress = new ProgressLine(
		verbose || process.stderr.isTTY === true,
		process.stderr.isTTY === true,
		!process.env.NO_COLOR
	);
	const label = `summarize ${what}`;
	const started = performance.now();

	const head = headMapping(file, options);
	const tmp = tempFolder('crm-summarize-');
	let duck: Awaited<ReturnType<typeof openDuck>> | null = null;
	try {
		duck = await openDuck(tmp.path, memoryMb);
		progress.tick(label, 0, head.bytes, 0, performance.now());
		const loaded = await loadTransactions(duck.con, {
			file,
			mapping: head.mapping,
			headText: head.headText,
			columns: head.preview.headers.length,
			today: importToday(),
			chunkBytes: 256 * 1024,
			// Only rfm counts orders; btyd and cohorts merge purchases by day.
			orderIds: what === 'rfm',
			onProgress: (bytes, rows) => progress.tick(label, bytes, head.bytes, rows, performance.now())
		});
		const report = loaded.report;
		if (report.accepted === 0 || report.lastDay === null)
			throw new CliError(describeProblem({ code: 'no_rows_accepted' }, file));
		const sink = new CsvSink(out);
		// Passes over ranges of customers, so that each GROUP BY fits --memory-mb (customerRanges.ts).
		const passes = tuning.passes ?? passCount(report.accepted, memoryMb, duck.threads);
		const input: SummaryInput = { con: duck.con, report, mapping: head.mapping, sink, passes };
		let result: SummaryResult;
		try {
			if (what === 'btyd')
				result = await summarizeBtyd(input, {
					calibrationEnd: calibrationOption ?? report.lastDay,
					unit
				});
			else if (what === 'rfm')
				result = await summarizeRfm(input, { asOf: asOfOption ?? report.lastDay + 1, bins, rules });
			else
				result = await summarizeCohorts(input, { asOf: asOfOption ?? report.lastDay + 1, grain });
		} finally {
			await sink.close();
		}
		const warnings = [...result.warnings];
		if (what === 'rfm' && dropped.length > 0)
			warnings.push(
				`On ${bins} bins no score reads as the 1–5 ranges of: ${dropped.join(', ')} (rules left out).`
			);
		const seconds = (performance.now() - started) / 1000;
		const byReason: Record<string, number> = {};
		for (const [k, v] of Object.entries(report.byReason)) if (v) byReason[k] = v;
		progress.done(
			summaryLine({
				label,
				bytes: head.bytes,
				rows: report.rowsRead,
				rejected: report.rejected,
				byReason,
				customers: result.customers,
				seconds,
				reader: loaded.reader
			})
		);
		for (const w of warnings) progress.done(`${label}: note: ${w}`);
		return {
			what,
			out,
			rows: result.rows,
			customers: result.customers,
			rowsRead: report.rowsRead,
			rejected: report.rejected,
			rejectedByReason: byReason,
			reader: loaded.reader,
			road: loaded.road,
			memoryMb,
			seconds: Math.round(seconds * 100) / 100,
			peakRssMB: Math.round(peakRssBytes() / 1e6),
			warnings
		};
	} catch (e) {
		// DuckDB could not keep within its limit (a sort or hash table it cannot spill).
		if (e instanceof Error && e.message.startsWith('Out of Memory Error'))
			throw new CliError(
				`${file}: DuckDB needs more memory than --memory-mb ${memoryMb} for this file; raise --memory-mb`
			);
		throw e;
	} finally {
		progress.clear();
		duck?.close();
		tmp.remove();
	}
}
