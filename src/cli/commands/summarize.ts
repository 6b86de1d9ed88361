// `cli summarize <file> --what rfm|btyd|cohorts`: a per-customer summary of a transaction file
// larger than memory. Pass 1 streams the file once, checks each row with the import's rules and
// hash-partitions the accepted rows by customer into temp files sized to the memory budget;
// pass 2 loads one partition at a time and runs the very engine functions the app runs. A
// customer never spans two partitions, so every per-customer number is exact.
import { dayFromYMD } from '../../lib/analytics/dates';
import type { Role } from '../../lib/data/map/headerSynonyms';
import { presetRules } from '../../lib/engine/segments/segmentsRules';
import { CliError } from '../args';
import type { OptionTable } from '../parse/optionTable';
import { describeProblem } from '../describeProblem';
import { CsvSink } from '../stream/csvSink';
import { headMapping } from '../stream/headMapping';
import { partitionFile } from '../stream/partitionFile';
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
	partitionCount,
	type SummaryKind
} from './summarizeOptions';
import { summarizeRfm } from './summarizeRfm';
import type { PassTwoInput, PassTwoResult } from './summarizeTypes';

export const SUMMARIZE_HELP = `usage: cli summarize <file> --what rfm|btyd|cohorts [--out FILE]
               [--as-of YYYY-MM-DD] [--calibration-end YYYY-MM-DD] [--unit day|week|month]
               [--grain week|month|quarter] [--bins 5] [--preset rfmVignette|rfGrid|short]
               [--memory-mb 256] [--verbose]
A per-customer summary of a transaction file of any size, in memory bounded by --memory-mb
(plus ~50 bytes per customer for rfm scores). The file is read twice over temp files; rows
need not be sorted. Writes CSV to --out (then prints {what, out, rows, ...} as JSON) or stdout:
  rfm      customer_id,recency,frequency,monetary,tenure,r,f,m,score,segment
           as in cli rfm: purchases up to --as-of (inclusive; default the day after the last
           transaction), quantile scores 1…bins, segments of --preset.
  btyd     customer_id,frequency,recency,T,monetary: x, t_x and T in --unit (default week) and
           the mean repeat spend, up to --calibration-end (default the last day); the app
           imports it as a customer summary.
  cohorts  cohort,period,size,customers,retention,revenue,cumulative: one row per observed
           cell, cohorts by --grain (default month) of the first purchase, before --as-of.
Rows come grouped by partition, not in file order. Column options as for inspect (--customer,
--date, --amount, --order, --date-format, --delimiter, --encoding, --returns drop). One summary
line (rows, customers, MB/s, peak RSS) goes to stderr on a terminal or with --verbose.`;

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
	partitions: number;
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
	options: Record<string, string>
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
		process.stderr.isTTY === true
	);
	const label = `summarize ${what}`;
	const started = performance.now();

	const tmp = tempFolder('crm-summarize-');
	try {
		const head = headMapping(file, options);
		const partitions = partitionCount(head.bytes, memoryMb, what);
		const budget = memoryMb * 1024 * 1024;
		const keep: Role[] = ['customerId', 'date', 'amount'];
		if (what === 'rfm') keep.push('orderId');
		const pass1 = await partitionFile(file, {
			mapping: head.mapping,
			today: importToday(),
			keep,
			partitions,
			chunkBytes: Math.max(64 * 1024, Math.min(256 * 1024, Math.floor(budget / 64))),
			dir: tmp.path,
			// The partitions' write buffers together stay within a sixteenth of the budget.
			flushBytes: Math.max(16 * 1024, Math.min(256 * 1024, Math.floor(budget / 16 / partitions))),
			onProgress: (bytes, report) =>
				progress.tick(label, bytes, head.bytes, report.rowsRead, performance.now())
		});
		const report = pass1.report;
		const pass1PeakBytes = peakRssBytes();
		if (report.accepted === 0 || report.lastDay === null)
			throw new CliError(describeProblem({ code: 'no_rows_accepted' }, file));
		const sink = new CsvSink(out);
		const input: PassTwoInput = { files: pass1.files, report, sink, tempDir: tmp.path };
		let result: PassTwoResult;
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
		progress.done(
			summaryLine({
				label,
				bytes: pass1.bytesRead,
				rows: report.rowsRead,
				rejected: report.rejected,
				customers: result.customers,
				seconds,
				partitions,
				pass1PeakBytes
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
			partitions,
			seconds: Math.round(seconds * 100) / 100,
			peakRssMB: Math.round(peakRssBytes() / 1e6),
			warnings
		};
	} finally {
		progress.clear();
		tmp.remove();
	}
}
