import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mapping } from '../map/types';
import { importText } from '../pipeline/importBytes';
import { previewFile } from '../pipeline/previewFile';
import { decodeBytes } from '../sniff/detectEncoding';
import { completeDataset } from './DatasetBuilder';
import { readByteRows } from './readByteRows';
import type { ParsedDataset } from './types';

const TODAY = 20_454; // 2026-01-01
const enc = new TextEncoder();

/** The text path: decode, parse to strings, validate each cell's string. */
function viaText(bytes: Uint8Array, mapping: Mapping): ParsedDataset {
	const { text, nulCount, replaced } = decodeBytes(bytes, mapping.encoding);
	return importText(text, mapping, TODAY, undefined, nulCount, replaced);
}

function viaBytes(bytes: Uint8Array, mapping: Mapping): ParsedDataset | null {
	const rows = readByteRows(bytes, mapping, TODAY);
	return rows && completeDataset(mapping, rows);
}

/** Everything the user and the engine see: columns, labels, lines, the report, the stats. */
function expectSame(a: ParsedDataset, b: ParsedDataset) {
	expect(a.report).toEqual(b.report);
	expect(a).toEqual(b);
}

const lines = (header: string, rows: string[], eol = '\n') => [header, ...rows].join(eol) + eol;
const many = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i));
const H = 'id,order,date,amount';

// Each file puts one thing the fast road must hand to addRows (or read exactly) among plain rows.
const files: [string, string, Partial<Mapping>?][] = [
	[
		'plain rows',
		lines(
			H,
			many(300, (i) => `C${i % 37},${1000 + i},2024-03-1${i % 10},${i}.25`)
		)
	],
	[
		'CRLF',
		lines(
			H,
			many(50, (i) => `C${i % 7},${i},2024-01-0${(i % 9) + 1},${i}`),
			'\r\n'
		)
	],
	['no final newline', lines(H, ['C1,1,2024-02-10,5', 'C2,2,2024-02-11,6']).trimEnd()],
	['byte order mark', '\ufeff' + lines(H, ['C1,1,2024-02-10,5', 'C1,2,2024-02-10,7'])],
	['blank lines before the header', '\n\n' + lines(H, ['C1,1,2024-02-10,5'])],
	[
		'blank and whitespace lines',
		lines(H, ['C1,1,2024-02-10,5', '', '   ', 'C2,2,2024-02-10,6', ''])
	],
	[
		'padded and tab-padded cells',
		lines(H, [' C1,1,2024-02-10,5', 'C1 ,2,2024-02-10 , 6', 'C2,3,\t2024-02-11,7'])
	],
	[
		'non-ASCII ids',
		lines(H, ['客户甲,1,2024-02-10,5', 'Zoë,2,2024-02-10,6', '客户甲,3,2024-02-11,7'])
	],
	[
		'invalid UTF-8',
		'id,order,date,amount\nC\xff1,1,2024-02-10,5\nC\xe4\xb8,2,2024-02-10,5\n',
		{ encoding: 'utf-8' }
	],
	[
		'rejected rows of every kind',
		lines(H, [
			'C1,1,2024-02-30,5', // no such day
			'C1,2,1899-12-31,5', // before 1900
			'C1,3,2026-01-02,5', // after today
			',4,2024-02-10,5', // no customer
			'C1,5,2024-02-10,', // no amount
			'C1,6,2024-02-10,abc', // not a number
			'C1,7,2024-02-10,1e400', // too large
			'C1,8', // too few fields
			'C1,9,2024-02-10,5,extra,fields',
			'C2,10,2024-02-10,-0',
			'C2,11,2024-02-10,0',
			'C2,12,2024-02-10,-3.5'
		])
	],
	['returns dropped', lines(H, ['C1,1,2024-02-10,-5', 'C1,2,2024-02-10,5']), { returns: 'drop' }],
	[
		'numbers parseNumber reads beyond the plain form',
		lines(H, [
			'C1,1,2024-02-10,$1234.50',
			'C1,2,2024-02-10,(12.00)',
			'C1,3,2024-02-10,1234567890123456789',
			'C1,4,2024-02-10,.5',
			'C1,5,2024-02-10,5.',
			'C1,6,2024-02-10,+7',
			'C1,7,2024-02-10,0007.10'
		])
	],
	[
		'dates in other forms the column format reads',
		lines(H, ['C1,1,2024/02/10,5', 'C1,2,2024-2-9,5', 'C1,3,2024-02-10 13:45,5', 'C1,4,20240210,5'])
	],
	[
		'long ids compared by hash',
		lines(
			H,
			many(200, (i) => `customer-${i % 23}@example.com,${i},2024-02-10,${i}`)
		)
	],
	[
		'ids after larger ones, repeated',
		lines(
			H,
			many(200, (i) => `${(i * 7919) % 101},${200 - i},2024-02-10,1`)
		)
	],
	[
		'duplicates dropped',
		lines(
			H,
			many(40, (i) => `C${i % 3},X,2024-05-0${(i % 3) + 1},10`)
		),
		{ dropDuplicates: true }
	],
	[
		'tab-separated',
		lines(
			'id\torder\tdate\tamount',
			many(30, (i) => `C${i % 4}\t${i}\t2024-02-1${i % 10}\t${i}`)
		)
	],
	[
		'semicolons and decimal commas',
		lines(
			'id;order;date;amount',
			many(30, (i) => `C${i % 4};${i};10.02.2024;${i},50`)
		)
	],
	['control characters in cells', lines(H, ['C\u00011,1,2024-02-10,5', 'C1,2,2024-02-10,5\u0007'])]
];

const mapOf = (bytes: Uint8Array, name: string): Mapping => previewFile(bytes, name, {}).mapping;

describe('readByteRows equals the text path', () => {
	it.each(files)('%s', (_, text, over) => {
		const bytes = text.includes('\xff')
			? Uint8Array.from(text, (c) => c.charCodeAt(0))
			: enc.encode(text);
		const mapping = { ...mapOf(bytes, 'x.csv'), ...over };
		const fast = viaBytes(bytes, mapping);
		expect(fast).not.toBeNull();
		expectSame(fast!, viaText(bytes, mapping));
	});

	// (The Chinese samples are GB18030: the text path's.)
	const samples = [
		'static/samples/retail/transactions.csv',
		'static/samples/retail/customers.csv',
		'static/samples/retail/survey.csv',
		'static/samples/ecsi/mobi.csv',
		'tests/fixtures/summary/retail_btyd_weeks.csv'
	];
	it.each(samples)('%s', (path) => {
		const bytes = new Uint8Array(readFileSync(path));
		const mapping = mapOf(bytes, path);
		const fast = viaBytes(bytes, mapping);
		expect(fast).not.toBeNull();
		expectSame(fast!, viaText(bytes, mapping));
	});

	const hostile = ['hostile', 'door'].flatMap((dir) =>
		readdirSync(`tests/fixtures/${dir}`)
			.filter((f) => f.endsWith('.csv'))
			.map((f) => `tests/fixtures/${dir}/${f}`)
	);
	it.each(hostile)('%s (or left to the text path)', (path) => {
		const bytes = new Uint8Array(readFileSync(path));
		let mapping: Mapping;
		try {
			mapping = mapOf(bytes, path);
		} catch {
			return; // refused at the preview: nothing to validate
		}
		let fast: ParsedDataset | null;
		try {
			fast = viaBytes(bytes, mapping);
		} catch (e) {
			expect(() => viaText(bytes, mapping)).toThrow((e as Error).message);
			return;
		}
		if (fast) expectSame(fast, viaText(bytes, mapping));
	});
});

describe('files the byte reader leaves to the text path', () => {
	const cases: [string, string][] = [
		['a quote (a record may span lines)', lines(H, ['C1,1,2024-02-10,5', '"C2",2,2024-02-10,5'])],
		['a NUL byte (removed before parsing)', lines(H, ['C1\u0000,1,2024-02-10,5'])],
		[
			'an LF line in a CRLF file',
			'id,order,date,amount\r\nC1,1,2024-02-10,5\nC2,2,2024-02-10,5\r\n'
		],
		['a lone CR in an LF file', 'id,order,date,amount\nC1,1,2024-02-10,5\rC2,2,2024-02-10,5\n'],
		['a lone CR in a CRLF file', 'id,order,date,amount\r\nC1,1,2024-02-10,5\rC2,2,2024-02-10,5\r\n']
	];
	it.each(cases)('%s', (_, text) => {
		const bytes = enc.encode(text);
		const mapping = mapOf(bytes, 'x.csv');
		expect(readByteRows(bytes, mapping, TODAY)).toBeNull();
	});

	it('other encodings and whitespace-aligned files', () => {
		const bytes = enc.encode(lines(H, ['C1,1,2024-02-10,5']));
		const mapping = mapOf(bytes, 'x.csv');
		expect(readByteRows(bytes, { ...mapping, encoding: 'gb18030' }, TODAY)).toBeNull();
		expect(readByteRows(bytes, { ...mapping, delimiter: 'whitespace' }, TODAY)).toBeNull();
	});
});
