// Writes the workbook fixtures of issue 17 to tests/fixtures/workbooks/ with the same library
// the app reads them with (SheetJS CE, @e965/xlsx). Each book pins one thing the reader must
// get right; tests/fixtures/workbooks/README.md lists them.
// Usage: npx tsx scripts/make-workbooks.ts [--out DIR]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as XLSX from '@e965/xlsx';

const { values } = parseArgs({
	options: { out: { type: 'string', default: 'tests/fixtures/workbooks' } }
});
const out = values.out!;
mkdirSync(out, { recursive: true });

type Cell =
	| string
	| number
	| null
	| { serial: number; z?: string }
	| { f: string; v: number }
	| { b: boolean };

/** Excel serial (1900 system) of an ISO date: days since 1899-12-30. */
export function serial1900(iso: string): number {
	return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000 + 25569;
}

function sheet(rows: Cell[][], merges: string[] = []): XLSX.WorkSheet {
	const ws: XLSX.WorkSheet = {};
	let maxC = 0;
	rows.forEach((row, r) =>
		row.forEach((v, c) => {
			maxC = Math.max(maxC, c);
			if (v === null) return;
			const addr = XLSX.utils.encode_cell({ r, c });
			if (typeof v === 'string') ws[addr] = { t: 's', v };
			else if (typeof v === 'number') ws[addr] = { t: 'n', v };
			else if ('serial' in v) ws[addr] = { t: 'n', v: v.serial, z: v.z ?? 'yyyy-mm-dd' };
			else if ('f' in v) ws[addr] = { t: 'n', v: v.v, f: v.f };
			else ws[addr] = { t: 'b', v: v.b };
		})
	);
	if (rows.length)
		ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
	if (merges.length) ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
	return ws;
}

function book(sheets: [string, XLSX.WorkSheet][], date1904 = false): XLSX.WorkBook {
	const wb = XLSX.utils.book_new();
	for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
	if (date1904) wb.Workbook = { ...(wb.Workbook ?? {}), WBProps: { date1904: true } };
	return wb;
}

function save(name: string, wb: XLSX.WorkBook, bookType: XLSX.BookType = 'xlsx') {
	const bytes = XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer;
	writeFileSync(join(out, name), bytes);
	console.log(`${name}: ${bytes.length} bytes`);
}

const d = (iso: string) => ({ serial: serial1900(iso) });

// 1. Two sheets (plus an empty one first): a Chinese sheet of transactions with a title row,
// a blank row and dates as serials; an English sheet of customers under a two-row merged header
// with dates as text.
const transactionsZh = sheet(
	[
		['2024 年一季度交易明细', null, null, null, null],
		[null, null, null, null, null],
		['订单号', '客户编号', '日期', '金额', '渠道'],
		['O1', 'C001', d('2024-01-05'), 120.5, '门店'],
		['O2', 'C002', d('2024-01-06'), 80, '网店'],
		['O3', 'C001', d('2024-02-10'), { f: 'D4*2', v: 241 }, '门店'],
		['O4', 'C003', d('2024-03-01'), -20, '网店'],
		[
			'O5',
			'C002',
			{ serial: serial1900('2024-03-15') + 0.75, z: 'yyyy-mm-dd hh:mm' },
			35.25,
			'网店'
		]
	],
	['A1:E1']
);
const customersEn = sheet(
	[
		['Customer', null, 'Profile', null, 'Signed up'],
		['ID', 'Name', 'Region', 'Tier', null],
		['C001', 'Ann', 'North', 'Gold', '2023-05-01'],
		['C002', 'Bo', 'South', 'Silver', '2023/06/15'],
		['C003', 'Chen', 'North', 'Gold', '2023-07-20']
	],
	['A1:B1', 'C1:D1', 'E1:E2']
);
save(
	'two-sheets.xlsx',
	book([
		['空白', sheet([])],
		['交易记录', transactionsZh],
		['Customers', customersEn]
	])
);
// The same book as ODS, legacy XLS (BIFF8) — WPS and LibreOffice save these.
const twoSheets = book([
	['空白', sheet([])],
	['交易记录', transactionsZh],
	['Customers', customersEn]
]);
save('two-sheets.ods', twoSheets, 'ods');
save('two-sheets.xls', twoSheets, 'biff8');

// 2. The 1904 date system (old Mac Excel): serial 0 is 1904-01-01.
const s1904 = (iso: string) => ({ serial: serial1900(iso) - 1462 });
save(
	'dates-1904.xlsx',
	book(
		[
			[
				'Orders',
				sheet([
					['customer', 'date', 'amount'],
					['A', s1904('2024-01-05'), 10],
					['B', s1904('2024-02-29'), 20]
				])
			]
		],
		true
	)
);

// 3. Only an empty sheet.
save('empty.xlsx', book([['Sheet1', sheet([])]]));

// 4. A damaged file: the first half of a real workbook.
const whole = XLSX.write(book([['Orders', transactionsZh]]), { type: 'buffer', bookType: 'xlsx' });
writeFileSync(join(out, 'corrupt.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
console.log('corrupt.xlsx: truncated');

// 5. A password-protected workbook as Excel stores it: an OLE container holding
// EncryptionInfo and EncryptedPackage (the payload here is random bytes: no reader may open it).
const cfb = XLSX.CFB.utils.cfb_new();
XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
writeFileSync(join(out, 'encrypted.xlsx'), XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
console.log('encrypted.xlsx: OLE container with EncryptedPackage');

// 6. The teaching sample's first 3,000 transactions, dates as date cells and amounts as numbers:
// its analysis must equal that of the CSV's first 3,001 lines (src/cli/workbookCli.test.ts).
const SLICE = 3000;
const lines = readFileSync('static/samples/retail/transactions.csv', 'utf8')
	.split('\n')
	.filter((l) => l !== '')
	.slice(0, SLICE + 1);
const [head, ...body] = lines.map((l) => l.split(','));
const rows: Cell[][] = [head];
for (const r of body) rows.push([r[0], r[1], d(r[2]), Number(r[3]), r[4], r[5]]);
save('retail-transactions.xlsx', book([['transactions', sheet(rows)]]));
