// Sniff → parse a sample → profile → suggest: everything the mapping step shows before the
// user confirms. Runs on the first bytes only, so it is instant on any file size.
import { headerSignature } from '../map/headerSignature';
import { profileColumn, type ColumnProfile } from '../map/profileColumn';
import { suggestMapping } from '../map/suggestMapping';
import { roleFromHeader } from '../map/headerSynonyms';
import type { ColumnSpec, DatasetKind, FormatSpec, Mapping } from '../map/types';
import { detectCurrency, type CurrencyFinding } from '../map/detectCurrency';
import { genericOrders } from '../map/layouts/genericOrders';
import { parseText } from '../parse/parseText';
import { detectBinary } from '../sniff/detectBinary';
import { detectDelimiter, type Delimiter } from '../sniff/detectDelimiter';
import {
	decodeBytes,
	detectEncoding,
	type EncodingGuess,
	type TextEncodingName
} from '../sniff/detectEncoding';
import { detectHeader } from '../sniff/detectHeader';
import { scanEncodingLines, type EncodingLines } from '../sniff/encodingLines';
import { recogniseLayout } from '../map/layouts/recogniseLayout';
import { layoutPreset } from '../map/layouts/layoutPreset';
import { recogniseStatusColumn, type Recognised } from '../map/layouts/recogniseStatusColumn';
import type { LayoutId, LayoutMapping } from '../map/layouts/types';
import { FileProblemError, MAX_TABLE_COLUMNS } from './problems';
import type { SheetSummary } from '../workbook/readWorkbook';

/** Fields of the first line when it is longer than the sample and the file goes on after it. */
function longHeaderFields(bytes: Uint8Array, delimiter: Delimiter): number | null {
	const end = bytes.indexOf(0x0a, SAMPLE_BYTES);
	if (end < 0 || end === bytes.length - 1) return null;
	const sep = delimiter === 'whitespace' ? 0x20 : delimiter.charCodeAt(0);
	let n = 1;
	for (let i = 0; i < end; i++) if (bytes[i] === sep) n++;
	return n;
}

export const SAMPLE_BYTES = 256 * 1024;
const PREVIEW_ROWS = 1000;

export interface PreviewOverrides {
	encoding?: TextEncodingName;
	delimiter?: Delimiter;
	hasHeader?: boolean;
	kind?: DatasetKind;
	/** A workbook's sheet to read (default: the first that is not empty). */
	sheet?: string;
}

export interface Preview {
	fileName: string;
	bytes: number;
	encoding: EncodingGuess;
	format: FormatSpec;
	headers: string[];
	/** First rows (after the header) for the preview table. */
	rows: string[][];
	profiles: ColumnProfile[];
	mapping: Mapping;
	signature: string;
	/** Columns whose date order (day-first or month-first) the data could not decide. */
	ambiguousDates: number[];
	/** The sample decoded with replacement characters (the encoding may be wrong). */
	replacedChars: number;
	/** The sample's UTF-8 and other lines, where the encoding may not fit (see ValidationReport). */
	encodingLines?: EncodingLines;
	/** A shop export recognised by its headers (issue 23), or null. */
	layout: LayoutId | null;
	/** The currency the amounts, a currency column or the amount header name (detectCurrency). */
	currency: CurrencyFinding;
	/** A workbook (issue 17): its sheets for the picker, the one read, where its header is. */
	workbook?: {
		sheets: SheetSummary[];
		sheet: string;
		/** 1-based sheet row of the header (its last row when it spans two; 0: none found). */
		headerRow: number;
		/** Rows above the header that were skipped (a title, blank rows). */
		titleRows: number;
	};
}

export function previewFile(
	bytes: Uint8Array,
	fileName: string,
	overrides: PreviewOverrides = {}
): Preview {
	if (bytes.length === 0) throw new FileProblemError({ code: 'empty_file' });
	const binary = detectBinary(bytes.subarray(0, 8192), fileName);
	if (binary) throw new FileProblemError({ code: 'binary_format', format: binary });
	const complete = bytes.length <= SAMPLE_BYTES;
	const sample = complete ? bytes : bytes.subarray(0, SAMPLE_BYTES);
	const encoding = overrides.encoding
		? { encoding: overrides.encoding, bom: false, reason: 'chosen' as const }
		: detectEncoding(sample, complete);
	const decoded = decodeBytes(sample, encoding.encoding);
	const replaced = decoded.replaced;
	const encodingLines = sampleEncodingLines(sample, complete, encoding.encoding, replaced);
	let text = decoded.text;
	if (!complete) {
		// Drop the cut-off last line of the sample.
		const cut = text.lastIndexOf('\n');
		if (cut > 0) text = text.slice(0, cut + 1);
	}
	if (text.trim() === '') throw new FileProblemError({ code: 'empty_file' });
	const delimiter = overrides.delimiter ?? detectDelimiter(text);
	// A header longer than the sample: without this, a one-row file with a 100,000-column
	// header was "a header but no data rows" (its row lies past the sample).
	if (!complete && !/[\r\n]/.test(text)) {
		const columns = longHeaderFields(bytes, delimiter);
		if (columns !== null && columns > MAX_TABLE_COLUMNS)
			throw new FileProblemError({ code: 'too_many_columns', columns, limit: MAX_TABLE_COLUMNS });
	}
	const all: string[][] = [];
	parseText(text, {
		delimiter,
		maxRecords: PREVIEW_ROWS + 1,
		onChunk: ({ rows }) => {
			for (const r of rows) if (!(r.length === 1 && r[0].trim() === '')) all.push(r);
		}
	});
	const hasHeader = overrides.hasHeader ?? detectHeader(all);
	const width = Math.max(...all.slice(0, 50).map((r) => r.length));
	const headerRow = hasHeader ? all[0] : [];
	const headers = Array.from(
		{ length: width },
		(_, j) => (hasHeader ? (headerRow[j] ?? '').trim() : '') || `column ${j + 1}`
	);
	const body = hasHeader ? all.slice(1) : all;
	if (body.length === 0) throw new FileProblemError({ code: 'header_only' });
	if (width > MAX_TABLE_COLUMNS)
		throw new FileProblemError({
			code: 'too_many_columns',
			columns: width,
			limit: MAX_TABLE_COLUMNS
		});
	const profiles = headers.map((h, j) => {
		const dateNamed =
			hasHeader && ['date', 'signupDate', 'churnDate'].includes(roleFromHeader(h) ?? '');
		return profileColumn(
			j,
			hasHeader ? h : '',
			body.map((r) => r[j] ?? ''),
			dateNamed
		);
	});
	const suggestion = suggestMapping(profiles, overrides.kind, body);
	suggestion.columns.forEach((c, j) => (c.header = headers[j]));
	const format: FormatSpec = { encoding: encoding.encoding, delimiter, hasHeader };
	// Hook (issue 23): a known shop export gets its layout's preset mapping (unless the user
	// chose another kind).
	let recognised: Recognised | null =
		hasHeader && (!overrides.kind || overrides.kind === 'transactions')
			? recogniseLayout(headers)
			: null;
	if (recognised) {
		suggestion.kind = 'transactions';
		suggestion.columns = layoutPreset(recognised, profiles);
	} else if (hasHeader && suggestion.kind === 'transactions')
		// No known export, but a status column of known words: the policy, with the roles as suggested.
		recognised = recogniseStatusColumn(headers, body, suggestion.columns);
	const currency = previewCurrency(headers, body, suggestion.columns, recognised?.layoutMapping);
	return {
		fileName,
		bytes: bytes.length,
		encoding,
		format,
		headers,
		rows: body.slice(0, 50),
		profiles,
		mapping: {
			...format,
			kind: suggestion.kind,
			columns: suggestion.columns,
			returns: 'net',
			dropDuplicates: false,
			...(recognised ? { layout: recognised.layoutMapping } : {})
		},
		signature: headerSignature(headers, hasHeader, delimiter),
		ambiguousDates: profiles.filter((p) => p.date.ambiguous).map((p) => p.index),
		replacedChars: replaced,
		layout: recognised?.layout.id ?? null,
		currency,
		...(encodingLines ? { encodingLines } : {})
	};
}

/** As importPartBytes reports it, over the sample's whole lines (a cut-off one would not fit). */
function sampleEncodingLines(
	sample: Uint8Array,
	complete: boolean,
	encoding: TextEncodingName,
	replaced: number
): EncodingLines | undefined {
	const suspect =
		encoding === 'gb18030' ||
		encoding === 'utf-8+gb18030' ||
		(encoding === 'utf-8' && replaced > 0);
	if (!suspect) return undefined;
	const end = complete ? sample.length : sample.lastIndexOf(0x0a) + 1;
	const lines = scanEncodingLines(sample.subarray(0, end));
	if (encoding === 'utf-8') {
		lines.utf8 = 0;
		lines.utf8Lines = [];
	}
	return lines.other > 0 || lines.utf8 > 0 ? lines : undefined;
}

/** The currency evidence of the sample: the amount column, a currency column, their headers. */
function previewCurrency(
	headers: string[],
	body: string[][],
	columns: ColumnSpec[],
	layout: LayoutMapping | undefined
): CurrencyFinding {
	const amount = columns.find((c) => c.role === 'amount' || c.role === 'monetary');
	const names = new Set(genericOrders.currency.map((h) => h.toLowerCase()));
	const currencyColumn =
		layout?.currency ?? headers.findIndex((h) => names.has(h.trim().toLowerCase()));
	return detectCurrency({
		amountHeader: amount ? headers[amount.index] : '',
		amounts: amount ? body.map((r) => r[amount.index] ?? '') : [],
		currencyValues:
			currencyColumn !== null && currencyColumn >= 0
				? body.map((r) => r[currencyColumn] ?? '')
				: undefined,
		foldedByCurrency: layout?.currency != null
	});
}
