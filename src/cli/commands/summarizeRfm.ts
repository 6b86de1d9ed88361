// `cli summarize --what rfm`: docs/sql/rfm.duckdb.sql run in DuckDB on the validated rows (the
// per-customer recency, frequency, monetary and tenure the app's customerTable gives), then the
// app's own quantile scores and segments: the engine's rfmScoreTable, through the registry.
// Scores need every customer's R, F and M, which are read once in customer order (~20 bytes a
// customer); the rows are then read again in the same order and written with their scores.
import { isoFromDay } from '../../lib/analytics/dates';
import type { SegmentRule } from '../../lib/analytics/rfm/segmentRule';
import type { Day } from '../../lib/analytics/types';
import { runAnalysis } from '../../lib/engine/registry';
import { eachCustomerRange } from '../duck/customerRanges';
import { docSql } from '../duck/docSql';
import { eachChunk } from '../duck/readColumns';
import { filesContext } from '../filesContext';
import { csvCell } from '../stream/csvSink';
import { orCliError, segmentsText } from './rfm';
import type { SummaryInput, SummaryResult } from './summarizeTypes';

export const RFM_COLUMNS = [
	'customer_id',
	'recency',
	'frequency',
	'monetary',
	'tenure',
	'r',
	'f',
	'm',
	'score',
	'segment'
];

export async function summarizeRfm(
	input: SummaryInput,
	o: { asOf: Day; bins: number; rules: SegmentRule[] }
): Promise<SummaryResult> {
	const { con, sink, mapping } = input;
	const asOf = isoFromDay(o.asOf);
	const rfmSql = docSql('rfm.duckdb', { as_of: asOf });
	// One range of customers at a time when the file is large; the table is read sorted below.
	await eachCustomerRange(con, { passes: input.passes, rows: input.report.accepted }, (i) =>
		con.run(i === 0 ? `CREATE TEMP TABLE rfm AS ${rfmSql}` : `INSERT INTO rfm ${rfmSql}`)
	);
	const counts = (
		await con.runAndReadAll(
			`SELECT (SELECT count(*) FROM rfm)::DOUBLE AS n,
			        (SELECT count(*) FROM (SELECT customer_id FROM transactions
			         WHERE date <= DATE '${asOf}' GROUP BY 1 HAVING bool_and(amount < 0)))::DOUBLE AS returns_only`
		)
	).getRowObjectsJS()[0] as { n: number; returns_only: number };
	const n = counts.n;
	const hasMonetary = mapping.columns.some((c) => c.role === 'amount');
	const rule = mapping.columns.some((c) => c.role === 'orderId') ? 'orders' : 'days';
	const recency = new Int32Array(n);
	const frequency = new Int32Array(n);
	const monetary = hasMonetary ? new Float64Array(n) : null;
	let at = 0;
	await eachChunk(
		con,
		'SELECT recency::INTEGER, frequency::INTEGER, monetary::DOUBLE FROM rfm ORDER BY customer_id',
		(c, rows) => {
			for (let i = 0; i < rows; i++, at++) {
				recency[at] = c[0][i] as number;
				frequency[at] = c[1][i] as number;
				if (monetary) monetary[at] = c[2][i] as number;
			}
		}
	);
	// The columns are the data: the analysis reads no dataset from its context.
	const scores = await orCliError(() =>
		runAnalysis(filesContext(new Map()), 'rfmScoreTable', {
			asOf: o.asOf,
			recency,
			frequency,
			monetary,
			frequencyRule: rule,
			bins: o.bins,
			rules: o.rules
		})
	);
	const { keys, segment } = scores;
	sink.header(RFM_COLUMNS);
	let i = 0;
	await eachChunk(
		con,
		`SELECT customer_id, recency::INTEGER, frequency::INTEGER, monetary::DOUBLE, tenure::INTEGER
		 FROM rfm ORDER BY customer_id`,
		async (c, rows) => {
			for (let j = 0; j < rows; j++, i++) {
				const money = monetary ? String(c[3][j]) : '';
				const m = scores.m ? scores.m[i] : '';
				sink.line(
					`${csvCell(c[0][j] as string)},${c[1][j]},${c[2][j]},${money},${c[4][j]},` +
						`${scores.r[i]},${scores.f[i]},${m},${scores.score[i]},${keys[segment[i]]}\n`
				);
			}
			await sink.drain();
		}
	);
	const warnings = [...new Set(scores.issues.map((x) => segmentsText(x.code, x.params)))];
	if (counts.returns_only > 0)
		warnings.push(segmentsText('segments.rfm.returnsOnly', { count: counts.returns_only }));
	return { rows: n, customers: n, warnings };
}
