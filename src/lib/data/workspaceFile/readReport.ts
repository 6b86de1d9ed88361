// A dataset's import report from a file or link. It is shown on every visit to the dataset,
// so a present report must be complete and consistent (every count a count, every reason
// known, rows read = accepted + rejected) or the file is refused; a spot check let a report
// without `byReason` through and the report page threw until the dataset was deleted.
import { emptyRecord } from '../../analytics/emptyRecord';
import { EXAMPLES_PER_REASON } from '../validate/DatasetBuilder';
import type { RejectExample, RejectReason, ValidationReport } from '../validate/types';
import { array, count, invalid, object, oneOf, string } from './check';

export const REJECT_REASONS: RejectReason[] = [
	'missing_customer',
	'bad_date',
	'date_before_1900',
	'date_in_future',
	'missing_amount',
	'bad_amount',
	'too_few_fields',
	'unclosed_quote',
	'duplicate',
	'return_dropped',
	'bad_number',
	'cell_too_long',
	'amount_too_large'
];

const COUNTS = [
	'rowsRead',
	'accepted',
	'emptyRows',
	'duplicates',
	'zeroAmounts',
	'negativeAmounts',
	'blankedCells',
	'nulRemoved',
	'replacedChars'
] as const;

/** A file without a report (older or hand-made) gets "all rows accepted". */
export function emptyReport(rows: number): ValidationReport {
	return {
		rowsRead: rows,
		accepted: rows,
		emptyRows: 0,
		rejected: { total: 0, byReason: {}, examples: [] },
		duplicates: 0,
		zeroAmounts: 0,
		negativeAmounts: 0,
		negativeTotal: 0,
		blankedCells: 0,
		nulRemoved: 0,
		replacedChars: 0
	};
}

function readExample(v: unknown, path: string): RejectExample {
	const e = object(v, path);
	const example: RejectExample = {
		line: count(e.line, `${path}.line`),
		reason: oneOf(e.reason, REJECT_REASONS, `${path}.reason`),
		text: string(e.text, `${path}.text`)
	};
	if (e.column !== undefined) example.column = string(e.column, `${path}.column`);
	return example;
}

/** Whether it agrees with the rows stored is checked once the columns are read. */
export function readReport(v: unknown, rows: number, path: string): ValidationReport {
	if (v === undefined) return emptyReport(rows);
	const r = object(v, path);
	const report = emptyReport(rows);
	for (const k of COUNTS) report[k] = count(r[k], `${path}.${k}`);
	const negativeTotal = r.negativeTotal;
	if (typeof negativeTotal !== 'number' || !(negativeTotal <= 0) || !Number.isFinite(negativeTotal))
		invalid(`${path}.negativeTotal`);
	report.negativeTotal = negativeTotal === 0 ? 0 : negativeTotal;
	const rej = object(r.rejected, `${path}.rejected`);
	const total = count(rej.total, `${path}.rejected.total`);
	const byReasonRaw = object(rej.byReason, `${path}.rejected.byReason`);
	const byReason = emptyRecord<number>() as ValidationReport['rejected']['byReason'];
	let sum = 0;
	for (const [key, n] of Object.entries(byReasonRaw)) {
		const reason = oneOf(key, REJECT_REASONS, `${path}.rejected.byReason`);
		byReason[reason] = count(n, `${path}.rejected.byReason.${reason}`);
		sum += byReason[reason] ?? 0;
	}
	const examplesRaw = array(rej.examples, `${path}.rejected.examples`);
	if (examplesRaw.length > EXAMPLES_PER_REASON * REJECT_REASONS.length)
		invalid(`${path}.rejected.examples`);
	const examples = examplesRaw.map((e, i) => readExample(e, `${path}.rejected.examples[${i}]`));
	// Every row read is kept or rejected with a reason (docs/reliability.md, promise 2).
	if (sum !== total) invalid(`${path}.rejected.total`);
	if (report.accepted + total !== report.rowsRead) invalid(`${path}.accepted`);
	report.rejected = { total, byReason, examples };
	return report;
}
