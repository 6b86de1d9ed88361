import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { previewFile } from './previewFile';
import { FileProblemError } from './problems';

const enc = (s: string) => new TextEncoder().encode(s);

function problem(bytes: Uint8Array, name = 'f.csv') {
	try {
		previewFile(bytes, name);
		return null;
	} catch (e) {
		return e instanceof FileProblemError ? e.problem : e;
	}
}

describe('previewFile', () => {
	it('reads CDNOW_sample.txt: whitespace aligned, no header, yyyymmdd dates', () => {
		const p = previewFile(
			new Uint8Array(readFileSync('tests/fixtures/cdnow/CDNOW_sample.txt')),
			'CDNOW_sample.txt'
		);
		expect(p.format).toEqual({ encoding: 'utf-8', delimiter: 'whitespace', hasHeader: false });
		expect(p.mapping.kind).toBe('transactions');
		const roles = Object.fromEntries(p.mapping.columns.map((c) => [c.index, c.role]));
		// Column 2 is a second id of the same customers; column 4 the number of CDs.
		expect(roles).toEqual({ 0: 'customerId', 1: 'ignore', 2: 'date', 3: 'quantity', 4: 'amount' });
		expect(p.mapping.columns[2].dateFormat).toBe('ymd8');
	});

	const cases: { name: string; text: string; delimiter: string; roles: Record<string, string> }[] =
		[
			{
				name: 'semicolons with decimal comma',
				text: 'Kunde;Datum;Betrag\n00017;05.03.2024;12,50\n00018;06.03.2024;1.234,00\n00017;13.03.2024;3,99\n',
				delimiter: ';',
				roles: { customerId: 'Kunde', date: 'Datum', amount: 'Betrag' }
			},
			{
				name: 'tabs with Chinese headers',
				text: '客户编号\t交易日期\t消费金额\nC1\t2024年3月5日\t¥88.00\nC2\t2024年3月6日\t¥9.50\nC1\t2024年4月1日\t¥12.00\n',
				delimiter: '\t',
				roles: { customerId: '客户编号', date: '交易日期', amount: '消费金额' }
			},
			{
				name: 'pipes and month-first dates',
				text: 'member|order date|sales\nA|12/31/2023|5\nB|01/15/2024|7\nA|02/13/2024|9\n',
				delimiter: '|',
				roles: { customerId: 'member', date: 'order date', amount: 'sales' }
			}
		];
	it.each(cases)('$name', ({ text, delimiter, roles }) => {
		const p = previewFile(enc(text), 'x.csv');
		expect(p.format.delimiter).toBe(delimiter);
		expect(p.format.hasHeader).toBe(true);
		const got = Object.fromEntries(
			p.mapping.columns.filter((c) => c.role !== 'ignore').map((c) => [c.role, c.header])
		);
		expect(got).toEqual(roles);
	});

	it('decides month-first from a value over 12 and flags an undecidable column', () => {
		const mdy = previewFile(enc('id,date,amount\n1,12/31/2023,5\n2,01/15/2024,7\n'), 'x.csv');
		expect(mdy.mapping.columns[1].dateFormat).toBe('mdy');
		expect(mdy.ambiguousDates).toEqual([]);
		const amb = previewFile(enc('id,date,amount\n1,01/02/2024,5\n2,03/04/2024,7\n'), 'x.csv');
		expect(amb.mapping.columns[1].dateFormat).toBe('dmy');
		expect(amb.ambiguousDates).toEqual([1]);
	});

	it('reads GB18030 (Chinese Excel), UTF-16 with BOM and UTF-8 with BOM', () => {
		const text = '客户编号,日期,金额\nC001,2024-01-02,10\nC002,2024-01-03,20\n';
		const gb = previewFile(new Uint8Array(iconv.encode(text, 'gb18030')), 'gb.csv');
		expect(gb.encoding.encoding).toBe('gb18030');
		expect(gb.headers).toEqual(['客户编号', '日期', '金额']);
		const u16 = previewFile(
			new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })),
			'u16.csv'
		);
		expect(u16.encoding.encoding).toBe('utf-16le');
		expect(u16.headers[0]).toBe('客户编号');
		const bom = previewFile(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]), 'bom.csv');
		expect(bom.encoding).toMatchObject({ encoding: 'utf-8', bom: true });
		expect(bom.headers[0]).toBe('客户编号');
		// A UTF-8 byte order mark in front of GBK bytes: the bytes win.
		const mixed = previewFile(
			new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(text, 'gbk')]),
			'mixed.csv'
		);
		expect(mixed.encoding.reason).toBe('bom-mismatch');
		expect(mixed.headers[0]).toBe('客户编号');
	});

	it('keeps ids as strings', () => {
		const p = previewFile(
			enc('customer,date,amount\n00038,2024-01-01,5\n00039,2024-01-02,6\n'),
			'x.csv'
		);
		expect(p.mapping.columns[0].type).toBe('id');
		expect(p.rows[0][0]).toBe('00038');
	});

	const problems: [string, Uint8Array, string, string][] = [
		['empty', new Uint8Array(), 'e.csv', 'empty_file'],
		['whitespace only', enc('  \n\n'), 'e.csv', 'empty_file'],
		['header only', enc('id,date,amount\n'), 'h.csv', 'header_only'],
		[
			'xlsx',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('[Content_Types].xml')]),
			'book.xlsx',
			'xlsx'
		],
		[
			'xls',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			'old.xls',
			'xls'
		],
		['numbers', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'sheet.numbers', 'numbers'],
		// An OpenDocument spreadsheet by its mimetype entry, whatever its name (the import worker
		// reads workbooks before previewFile, which alone still refuses them).
		[
			'ods',
			new Uint8Array([
				0x50,
				0x4b,
				0x03,
				0x04,
				...enc('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')
			]),
			'export.bin',
			'ods'
		],
		['zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'a.zip', 'zip'],
		['pdf', enc('%PDF-1.7\n...'), 'r.pdf', 'pdf'],
		['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'p.png', 'png'],
		['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'p.jpg', 'jpeg'],
		['json', enc('[{"a":1}]'), 'data.json', 'json']
	];
	it.each(problems)('%s gets a clear problem', (_n, bytes, name, code) => {
		const p = problem(bytes, name) as { code: string; format?: string };
		expect(p.format ?? p.code).toBe(code);
	});
});
