// `cli summarize --what rfm`, pass 2: the app's customerTable on each partition (exact per
// customer), then RFM scores and segments, which need the quantiles of every customer's R, F
// and M. Those three numbers are kept for every customer (memory ∝ customers, ~50 bytes each
// with the scores); the rows wait in a temp spool and get their scores in a last streaming pass.
import { join } from 'node:path';
import { customerTable, type CustomerMetrics } from '../../lib/analytics/customers/customerTable';
import { SegmentsError } from '../../lib/analytics/customers/segmentsIssue';
import { assignSegments } from '../../lib/analytics/rfm/assignSegments';
import { rfmScores } from '../../lib/analytics/rfm/rfmScores';
import type { SegmentRule } from '../../lib/analytics/rfm/segmentRule';
import type { Day } from '../../lib/analytics/types';
import { GrowableFloat64, GrowableInt32 } from '../../lib/data/validate/growable';
import { CliError } from '../args';
import { csvCell } from '../stream/csvSink';
import { eachPartition } from '../stream/eachPartition';
import { Spool } from '../stream/Spool';
import { segmentsText } from './rfm';
import type { PassTwoInput, PassTwoResult } from './summarizeTypes';

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

const EMPTY = new Int32Array(0);

/** The columns rfmScores reads (length, R, F, M) of all customers, as a CustomerMetrics. */
function scoringTable(
	asOf: Day,
	recency: Int32Array,
	frequency: Int32Array,
	monetary: Float64Array | null,
	rule: 'orders' | 'days'
): CustomerMetrics {
	return {
		asOf,
		length: recency.length,
		index: EMPTY,
		ids: [],
		recency,
		frequency,
		frequencyRule: rule,
		monetary,
		average: null,
		margin: null,
		tenure: EMPTY,
		first: EMPTY,
		last: EMPTY,
		returnsOnly: 0,
		issues: []
	};
}

function orCliError<T>(run: () => T): T {
	try {
		return run();
	} catch (e) {
		if (e instanceof SegmentsError) throw new CliError(segmentsText(e.issue.code, e.issue.params));
		throw e;
	}
}

export async function summarizeRfm(
	input: PassTwoInput,
	o: { asOf: Day; bins: number; rules: SegmentRule[] }
): Promise<PassTwoResult> {
	const spool = new Spool(join(input.tempDir, 'rfm-rows.txt'));
	const recency = new GrowableInt32();
	const frequency = new GrowableInt32();
	const monetary = new GrowableFloat64();
	let hasMonetary = true;
	let rule: 'orders' | 'days' = 'days';
	let returnsOnly = 0;
	const partitionsRead = await eachPartition(input.files, (tx) => {
		const m = customerTable(tx, { asOf: o.asOf });
		rule = m.frequencyRule;
		returnsOnly += m.returnsOnly;
		hasMonetary = m.monetary !== null;
		for (let i = 0; i < m.length; i++) {
			const money = m.monetary ? m.monetary[i] : null;
			spool.push(
				`${csvCell(m.ids[i])},${m.recency[i]},${m.frequency[i]},${money ?? ''},${m.tenure[i]}`
			);
			recency.push(m.recency[i]);
			frequency.push(m.frequency[i]);
			if (money !== null) monetary.push(money);
		}
	});
	const n = recency.length;
	const scores = orCliError(() => {
		if (n === 0) throw new SegmentsError({ code: 'no_customers' });
		const table = scoringTable(
			o.asOf,
			recency.data.subarray(0, n),
			frequency.data.subarray(0, n),
			hasMonetary ? monetary.data.subarray(0, n) : null,
			rule
		);
		return rfmScores(table, { bins: o.bins, monetary: 'total' });
	});
	const { keys, segment } = assignSegments(scores, o.rules);
	const { sink } = input;
	sink.header(RFM_COLUMNS);
	let i = 0;
	for await (const prefix of spool.records()) {
		const m = scores.m ? scores.m[i] : '';
		sink.line(
			`${prefix},${scores.r[i]},${scores.f[i]},${m},${scores.score[i]},${keys[segment[i]]}\n`
		);
		i++;
		if ((i & 0xffff) === 0) await sink.drain();
	}
	const warnings = [...new Set(scores.issues.map((x) => segmentsText(x.code, x.params)))];
	if (returnsOnly > 0)
		warnings.push(segmentsText('segments.rfm.returnsOnly', { count: returnsOnly }));
	return { rows: n, customers: n, partitionsRead, warnings };
}
