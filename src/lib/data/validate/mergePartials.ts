// Joins the rows of two consecutive parts of one file, validated separately (in two workers),
// into what validating the whole file in one go gives: dictionaries in first-appearance order
// over the whole file, line numbers of the second part shifted by the first part's records,
// counts added, and examples kept in line order under the same per-reason cap.
import { dictColumnOf, labelBytes, labelCount } from '../tables/lazyLabels';
import { Dictionary } from './Dictionary';
import { EXAMPLES_PER_REASON, type PartialDataset } from './DatasetBuilder';
import { mergeDateOrder } from './dateOrder';
import { fromCents, toCents } from '../../analytics/money';
import { mergeEncodingLines } from '../sniff/encodingLines';
import type { RejectReason, StoredColumn, ValidationReport } from './types';
import { emptyRecord, ownValue } from '../../analytics/emptyRecord';

type DictColumn = Extract<StoredColumn, { type: 'dict' }>;

/**
 * Where each of `b`'s labels lands in the whole file's first-appearance order. `dict` is the
 * dictionary that coded `a` (it is extended); without it one is rebuilt from `a`'s labels.
 * `b`'s labels are looked up as UTF-8 byte ranges of their packed form, not as strings.
 */
function joinLabels(
	a: DictColumn,
	b: DictColumn,
	dict: Dictionary | undefined
): { dict: Dictionary; remap: Int32Array } {
	if (!dict) {
		dict = new Dictionary();
		for (const l of a.labels) dict.code(l);
	}
	const remap = new Int32Array(labelCount(b));
	if (remap.length === 0) return { dict, remap };
	const bytes = labelBytes(b);
	// b's labels as they are (all new, as order numbers are) fit without doubling any buffer.
	dict.expect(remap.length, bytes.length - (remap.length - 1));
	let start = 0;
	let j = 0;
	for (let i = 0; i <= bytes.length; i++) {
		if (i < bytes.length && bytes[i] !== 0) continue;
		remap[j++] = dict.codeBytes(bytes, start, i);
		start = i + 1;
	}
	return { dict, remap };
}

/**
 * `a` followed by room for `extra` more values: in `a`'s own buffer when it was sized for the
 * whole file and has the room (a view at its start: nothing copied, no second column held —
 * issue 22, the join was the import's memory peak), else a new array with `a` copied in.
 */
function extended<T extends Int32Array | Float64Array>(a: T, extra: number): T {
	const n = a.length + extra;
	if (a.byteOffset === 0 && a.buffer.byteLength >= n * a.BYTES_PER_ELEMENT)
		return (a instanceof Float64Array
			? new Float64Array(a.buffer, 0, n)
			: new Int32Array(a.buffer, 0, n)) as unknown as T;
	const out = (a instanceof Float64Array ? new Float64Array(n) : new Int32Array(n)) as T;
	out.set(a);
	return out;
}

function mergeColumn(a: StoredColumn, b: StoredColumn, dict?: Dictionary): StoredColumn {
	if (a.type === 'dict' && b.type === 'dict') {
		const joined = joinLabels(a, b, dict);
		const from = b.codes;
		const n = from.length;
		const at = a.codes.length;
		const codes = extended(a.codes, n);
		// The second part's codes land after the first's: one subarray to write, read in order.
		const to = codes.subarray(at, at + n);
		const remap = joined.remap;
		for (let i = 0; i < n; i++) {
			const c = from[i];
			to[i] = c < 0 ? -1 : remap[c];
		}
		return dictColumnOf(codes, joined.dict);
	}
	if (a.type === 'number' && b.type === 'number') {
		const values = extended(a.values, b.values.length);
		values.set(b.values, a.values.length);
		return { type: 'number', values };
	}
	if (a.type === 'day' && b.type === 'day') {
		const values = extended(a.values, b.values.length);
		values.set(b.values, a.values.length);
		return { type: 'day', values };
	}
	throw new Error('parts of one file disagree on a column type');
}

/**
 * `b` follows `a` in the file; `offset` is the number of records (lines) in `a`. The parts'
 * columns are taken as they are joined (both `columns` are left empty): each column's halves
 * can then go before the next is joined, so the join holds one column twice, not the dataset.
 */
export function mergePartials(
	a: PartialDataset,
	b: PartialDataset,
	offset: number
): PartialDataset {
	const columns: Record<string, StoredColumn> = emptyRecord();
	for (const f of a.fields) {
		columns[f.key] = mergeColumn(
			a.columns[f.key],
			b.columns[f.key],
			ownValue(a.dictionaries, f.key)
		);
		delete a.columns[f.key];
		delete b.columns[f.key];
	}
	const bl = b.lines;
	const lines = extended(a.lines, bl.length);
	const tail = lines.subarray(a.lines.length);
	for (let i = 0; i < bl.length; i++) tail[i] = bl[i] + offset;

	const ra = a.report;
	const rb = b.report;
	const exampleCount: Partial<Record<RejectReason, number>> = { ...a.exampleCount };
	const examples = [...ra.rejected.examples];
	for (const e of rb.rejected.examples) {
		const n = exampleCount[e.reason] ?? 0;
		if (n >= EXAMPLES_PER_REASON) continue;
		exampleCount[e.reason] = n + 1;
		examples.push({ ...e, line: e.line + offset });
	}
	const byReason: Partial<Record<RejectReason, number>> = { ...ra.rejected.byReason };
	for (const [k, v] of Object.entries(rb.rejected.byReason) as [RejectReason, number][])
		byReason[k] = (byReason[k] ?? 0) + v;
	const report: ValidationReport = {
		rowsRead: ra.rowsRead + rb.rowsRead,
		accepted: ra.accepted + rb.accepted,
		emptyRows: ra.emptyRows + rb.emptyRows,
		rejected: { total: ra.rejected.total + rb.rejected.total, byReason, examples },
		duplicates: 0, // a whole-file step (completeDataset)
		zeroAmounts: ra.zeroAmounts + rb.zeroAmounts,
		negativeAmounts: ra.negativeAmounts + rb.negativeAmounts,
		// In cents: the parts' totals add exactly, as the whole file's does.
		negativeTotal: fromCents(toCents(ra.negativeTotal) + toCents(rb.negativeTotal)),
		blankedCells: ra.blankedCells + rb.blankedCells,
		nulRemoved: ra.nulRemoved + rb.nulRemoved,
		replacedChars: ra.replacedChars + rb.replacedChars
	};
	const dateOrder = mergeDateOrder(ra.dateOrder, rb.dateOrder, offset);
	if (dateOrder) report.dateOrder = dateOrder;
	if (ra.encodingLines || rb.encodingLines) {
		const none = { utf8: 0, utf8Lines: [], other: 0, otherLines: [] };
		report.encodingLines = mergeEncodingLines(
			ra.encodingLines ?? none,
			rb.encodingLines ?? none,
			offset
		);
	}
	return { fields: a.fields, columns, lines, report, exampleCount, dictionaries: a.dictionaries };
}
