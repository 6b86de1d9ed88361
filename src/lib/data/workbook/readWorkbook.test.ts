// The committed workbook fixtures (scripts/make-workbooks.ts) read through openWorkbook /
// sheetTable / workbookPreview, and imported: the same mapping and validation as a CSV.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { defaultSheet, openWorkbook, sheetTable } from './readWorkbook';
import { workbookPreview } from './workbookPreview';
import { FileProblemError, type FileProblem } from '../pipeline/problems';
import { importBytes } from '../pipeline/importBytes';
import { previewFile } from '../pipeline/previewFile';
import { dayFromISO } from '../../analytics/dates';

const dir = 'tests/fixtures/workbooks/';
const read = (name: string) => new Uint8Array(readFileSync(dir + name));
const TODAY = dayFromISO('2026-01-01');

const TRANSACTIONS_CSV =
	'\n\n订单号,客户编号,日期,金额,渠道\n' +
	'O1,C001,2024-01-05,120.5,门店\nO2,C002,2024-01-06,80,网店\nO3,C001,2024-02-10,241,门店\n' +
	'O4,C003,2024-03-01,-20,网店\nO5,C002,2024-03-15 18:00:00,35.25,网店\n';
const CUSTOMERS_CSV =
	'\nCustomer ID,Customer Name,Profile Region,Profile Tier,Signed up\n' +
	'C001,Ann,North,Gold,2023-05-01\nC002,Bo,South,Silver,2023/06/15\nC003,Chen,North,Gold,2023-07-20\n';

describe('openWorkbook over the fixtures', () => {
	it.each(['two-sheets.xlsx', 'two-sheets.ods', 'two-sheets.xls'])(
		'%s: three sheets, the empty one skipped by default, the same CSV from every format',
		(file) => {
			const open = openWorkbook(XLSX, read(file));
			expect(open.sheets.map((s) => [s.name, s.rows, s.columns, s.headerRow])).toEqual([
				['空白', 0, 0, 0],
				['交易记录', 7, 5, 3],
				['Customers', 5, 5, 2]
			]);
			expect(defaultSheet(open.sheets)?.name).toBe('交易记录');
			expect(sheetTable(open).csv).toBe(TRANSACTIONS_CSV);
			expect(sheetTable(open, 'Customers').csv).toBe(CUSTOMERS_CSV);
			// The merged title shows once in the picker's preview, not once per column.
			expect(open.sheets[1].preview[0].slice(0, 2)).toEqual(['2024 年一季度交易明细', '']);
		}
	);

	it('reads serials of a 1904-system workbook as the dates Excel shows', () => {
		const open = openWorkbook(XLSX, read('dates-1904.xlsx'));
		expect(open.date1904).toBe(true);
		expect(sheetTable(open).csv).toBe('customer,date,amount\nA,2024-01-05,10\nB,2024-02-29,20\n');
	});

	const problems: { name: string; run: () => unknown; problem: FileProblem }[] = [
		{
			name: 'an empty sheet',
			run: () => sheetTable(openWorkbook(XLSX, read('two-sheets.xlsx')), '空白'),
			problem: { code: 'sheet_empty', sheet: '空白' }
		},
		{
			name: 'a workbook of empty sheets',
			run: () => sheetTable(openWorkbook(XLSX, read('empty.xlsx'))),
			problem: { code: 'workbook_empty' }
		},
		{
			name: 'a sheet that does not exist',
			run: () => sheetTable(openWorkbook(XLSX, read('two-sheets.xlsx')), 'Orders'),
			problem: {
				code: 'sheet_not_found',
				sheet: 'Orders',
				sheets: ['空白', '交易记录', 'Customers']
			}
		},
		{
			name: 'a truncated file',
			run: () => openWorkbook(XLSX, read('corrupt.xlsx')),
			problem: { code: 'workbook_corrupt' }
		},
		{
			name: 'a password-protected file',
			run: () => openWorkbook(XLSX, read('encrypted.xlsx')),
			problem: { code: 'workbook_encrypted' }
		},
		{
			// SheetJS alone never returns on this one (import.e2e's fake book.xlsx).
			name: 'a bare ZIP header named .xlsx',
			run: () =>
				openWorkbook(
					XLSX,
					new Uint8Array(
						Buffer.from('504b0304140006000800000021005b436f6e74656e745f54797065735d2e786d6c', 'hex')
					)
				),
			problem: { code: 'workbook_corrupt' }
		},
		{
			name: 'a file that is not a workbook',
			run: () => openWorkbook(XLSX, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4])),
			problem: { code: 'workbook_corrupt' }
		}
	];
	it.each(problems)('$name → $problem.code', ({ run, problem }) => {
		let thrown: unknown = null;
		try {
			run();
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(FileProblemError);
		expect((thrown as FileProblemError).problem).toEqual(problem);
	});
});

describe('a workbook imports as its CSV does', () => {
	it('the Chinese sheet: header on row 3, mapping suggested from the Chinese headers, rows on their sheet lines', () => {
		const open = openWorkbook(XLSX, read('two-sheets.xlsx'));
		const { preview, csv } = workbookPreview(open, 'two-sheets.xlsx', {});
		expect(preview.workbook).toMatchObject({ sheet: '交易记录', headerRow: 3, titleRows: 2 });
		expect(preview.headers).toEqual(['订单号', '客户编号', '日期', '金额', '渠道']);
		expect(preview.mapping.kind).toBe('transactions');
		const roles = preview.mapping.columns.map((c) => c.role);
		expect(roles.slice(0, 4)).toEqual(['orderId', 'customerId', 'date', 'amount']);
		expect(preview.mapping.sheet).toBe('交易记录');
		const ds = importBytes(csv, preview.mapping, TODAY);
		expect(ds.rows).toBe(5);
		expect(ds.report.rejected.total).toBe(0);
	});

	it('the retail slice: the same preview mapping and the same validated columns as the CSV lines', () => {
		const lines = readFileSync('static/samples/retail/transactions.csv', 'utf8').split('\n');
		const csvBytes = new TextEncoder().encode(lines.slice(0, 3001).join('\n') + '\n');
		const fromCsv = previewFile(csvBytes, 'transactions.csv');
		const { preview, csv } = workbookPreview(
			openWorkbook(XLSX, read('retail-transactions.xlsx')),
			'retail-transactions.xlsx',
			{}
		);
		expect(preview.headers).toEqual(fromCsv.headers);
		const { sheet, ...mapping } = preview.mapping;
		expect(sheet).toBe('transactions');
		expect(mapping).toEqual(fromCsv.mapping);
		const a = importBytes(csvBytes, fromCsv.mapping, TODAY);
		const b = importBytes(csv, preview.mapping, TODAY);
		expect(b.rows).toBe(3000);
		expect(b.report).toEqual(a.report);
		expect(b.stats).toEqual(a.stats);
		expect(b.fields).toEqual(a.fields);
		for (const f of Object.keys(a.columns))
			expect(JSON.stringify(b.columns[f]), f).toEqual(JSON.stringify(a.columns[f]));
	});
});
