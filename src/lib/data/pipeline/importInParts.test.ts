import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Mapping } from '../map/types';
import type { ParsedDataset } from '../validate/types';
import type { PartialDataset } from '../validate/DatasetBuilder';
import { importBytes, importPartBytes } from './importBytes';
import { importInParts, joinParts, partCapacities, secondPartMapping } from './importInParts';
import { previewFile } from './previewFile';
import { splitForParts } from './splitForParts';
import { readByteRows } from '../validate/readByteRows';

const TODAY = 20_454; // 2026-01-01
const enc = new TextEncoder();

/** Everything equal; the negative total is a float sum taken in another order. */
function expectSame(parts: ParsedDataset, whole: ParsedDataset) {
	const { negativeTotal: a, ...restParts } = parts.report;
	const { negativeTotal: b, ...restWhole } = whole.report;
	expect(a).toBeCloseTo(b, 6);
	expect(restParts).toEqual(restWhole);
	expect({ ...parts, report: null }).toEqual({ ...whole, report: null });
}

function rowsText(
	n: number,
	row: (i: number) => string,
	header = 'id,order,date,amount',
	eol = '\n'
) {
	const lines = [header];
	for (let i = 0; i < n; i++) lines.push(row(i));
	return lines.join(eol) + eol;
}

// Files made to put every whole-file concern on both sides of the cut.
const made: [string, string][] = [
	[
		'plain rows',
		rowsText(400, (i) => `C${i % 37},${1000 + i},2024-03-${(i % 28) + 1},${(i % 50) + 0.25}`)
	],
	[
		'CRLF endings',
		rowsText(
			300,
			(i) => `C${i % 11},${i},2024-01-0${(i % 9) + 1},${i}`,
			'id,order,date,amount',
			'\r\n'
		)
	],
	['no final newline', rowsText(301, (i) => `C${i % 5},${i},2024-02-10,${i}`).trimEnd()],
	[
		'blank lines and bad rows in both halves',
		rowsText(500, (i) =>
			i % 97 === 0
				? ''
				: i % 41 === 0
					? `C${i},${i},not a date,5`
					: i % 43 === 0
						? `,${i},2024-01-01,5`
						: `C${i % 13},${i},2024-04-${(i % 28) + 1},${i % 7 === 0 ? -i : i}`
		)
	],
	[
		'duplicates across the cut (kept)',
		rowsText(400, (i) => `C${i % 3},X,2024-05-0${(i % 3) + 1},10`)
	],
	[
		'ids first seen in the second half',
		rowsText(400, (i) => `C${i < 200 ? i % 10 : i},${i},2024-06-01,1`)
	],
	['NUL bytes', rowsText(300, (i) => `C${i % 9}\u0000,${i},2024-03-03,${i}`)]
];

const mapOf = (bytes: Uint8Array, name: string): Mapping => previewFile(bytes, name, {}).mapping;

describe('importInParts equals importBytes', () => {
	it.each(made)('%s', (_, text) => {
		const bytes = enc.encode(text);
		const mapping = mapOf(bytes, 'x.csv');
		expect(splitForParts(bytes, mapping, 0)).not.toBeNull();
		expectSame(importInParts(bytes, mapping, TODAY, 0), importBytes(bytes, mapping, TODAY));
	});

	it('duplicates across the cut are dropped where the whole file drops them', () => {
		const bytes = enc.encode(made[4][1]);
		const mapping = { ...mapOf(bytes, 'x.csv'), dropDuplicates: true };
		const whole = importBytes(bytes, mapping, TODAY);
		expect(whole.report.duplicates).toBe(397); // 400 rows, 3 distinct
		expectSame(importInParts(bytes, mapping, TODAY, 0), whole);
	});

	it('parts that crossed a worker boundary (cloned, without their dictionaries) join the same', () => {
		const bytes = enc.encode(made[3][1]);
		const mapping = mapOf(bytes, 'x.csv');
		const cut = splitForParts(bytes, mapping, 0)!;
		const strip = (p: PartialDataset) => {
			const c = structuredClone({ ...p, dictionaries: undefined });
			delete c.dictionaries;
			return c;
		};
		const first = strip(importPartBytes(bytes.subarray(0, cut.at), mapping, TODAY));
		const second = strip(
			importPartBytes(bytes.subarray(cut.at), secondPartMapping(mapping), TODAY)
		);
		expectSame(joinParts(mapping, first, second, cut), importBytes(bytes, mapping, TODAY));
	});

	// Issue 22: the import worker sizes both parts from the file's head (partCapacities), so the
	// join writes the second part into the first part's own buffers. The estimate changes where
	// the columns live, never what they hold: the same dataset as the whole file, sized or not.
	it.each(made)('%s: parts sized from the head join in place, to the same result', (name, text) => {
		const bytes = enc.encode(text);
		const mapping = mapOf(bytes, 'x.csv');
		const cut = splitForParts(bytes, mapping, 0)!;
		const caps = partCapacities(bytes, cut);
		// By hand: 400 rows of about the same length, half of them after the cut, 3 % spare.
		expect(caps.first).toBeGreaterThanOrEqual(bytes.filter((b) => b === 10).length - 1);
		expect(caps.second).toBeLessThan(caps.first);
		const first = importPartBytes(bytes.subarray(0, cut.at), mapping, TODAY, undefined, caps.first);
		const second = importPartBytes(
			bytes.subarray(cut.at),
			secondPartMapping(mapping),
			TODAY,
			undefined,
			caps.second
		);
		const buffers = new Map(
			Object.entries(first.columns).map(([k, c]) => [
				k,
				(c.type === 'dict' ? c.codes : c.values).buffer
			])
		);
		const joined = joinParts(mapping, first, second, cut);
		expectSame(joined, importBytes(bytes, mapping, TODAY));
		// Only the byte road sizes its columns (a file with NULs takes the text road whole).
		const byteRoad = readByteRows(bytes, mapping, TODAY) !== null;
		expect(byteRoad).toBe(!name.startsWith('NUL'));
		if (byteRoad)
			for (const [k, c] of Object.entries(joined.columns))
				expect((c.type === 'dict' ? c.codes : c.values).buffer, k).toBe(buffers.get(k));
	});

	it('a GB18030 file with Chinese ids', () => {
		const text = rowsText(
			300,
			(i) => `客户${i % 17},${i},2024-03-0${(i % 9) + 1},${i}`,
			'客户编号,订单,日期,金额'
		);
		const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
		const mapping = mapOf(bytes, 'zh.csv');
		expect(mapping.encoding).toBe('gb18030');
		expectSame(importInParts(bytes, mapping, TODAY, 0), importBytes(bytes, mapping, TODAY));
	});

	const files = [
		'static/samples/retail/transactions.csv',
		'static/samples/retail/transactions_zh.csv',
		'static/samples/retail/customers.csv',
		'static/samples/retail/survey.csv',
		...['hostile', 'door'].flatMap((dir) =>
			readdirSync(`tests/fixtures/${dir}`)
				.filter((f) => f.endsWith('.csv'))
				.map((f) => `tests/fixtures/${dir}/${f}`)
		)
	];
	it.each(files)('%s', (path) => {
		const bytes = new Uint8Array(readFileSync(path));
		let mapping: Mapping;
		try {
			mapping = mapOf(bytes, path);
		} catch {
			return; // refused at the preview (binary, empty): nothing to validate
		}
		let whole: ParsedDataset | Error;
		try {
			whole = importBytes(bytes, mapping, TODAY);
		} catch (e) {
			whole = e as Error;
		}
		if (whole instanceof Error) {
			expect(() => importInParts(bytes, mapping, TODAY, 0)).toThrow(whole.message);
			return;
		}
		expectSame(importInParts(bytes, mapping, TODAY, 0), whole);
	});
});

describe('splitForParts', () => {
	const m = (over: Partial<Mapping> = {}): Mapping => ({
		encoding: 'utf-8',
		delimiter: ',',
		hasHeader: true,
		kind: 'transactions',
		returns: 'net',
		dropDuplicates: false,
		columns: [],
		...over
	});
	// By hand: where the cut falls (just after the first LF at or past the middle) and how many
	// records come before it.
	const cases: [string, string, Partial<Mapping>, { at: number; records: number } | null][] = [
		['LF', 'a,1\nb,2\nc,3\nd,4\n', {}, { at: 12, records: 3 }],
		['CRLF', 'a,1\r\nb,2\r\nc,3\r\n', {}, { at: 10, records: 2 }],
		['a lone CR counts as a line', 'a,1\rb,2\nc,3\nd,4\n', {}, { at: 12, records: 3 }],
		['a quote anywhere: no cut', 'a,1\nb,"2"\nc,3\nd,4\n', {}, null],
		['UTF-16: no cut', 'a,1\nb,2\nc,3\n', { encoding: 'utf-16le' }, null],
		['whitespace-aligned: no cut', 'a 1\nb 2\nc 3\n', { delimiter: 'whitespace' }, null],
		['no line feed after the middle', 'a,1\nbbbbbbbbbbbbbbbb', {}, null]
	];
	it.each(cases)('%s', (_, text, over, want) => {
		expect(splitForParts(enc.encode(text), m(over), 0)).toEqual(want);
	});

	it('small files stay whole', () => {
		expect(splitForParts(enc.encode('a,1\nb,2\n'), m(), 1024)).toBeNull();
	});
});
