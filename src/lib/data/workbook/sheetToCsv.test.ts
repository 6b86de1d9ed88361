// Workbook sheet → the CSV text the import reads: title rows, merged headers, dates, numbers,
// formulas, errors, empty rows. Sheets built in memory with SheetJS (cells as Excel stores them).
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { findHeader } from './findHeader';
import { sheetGrid } from './sheetGrid';
import { sheetToCsv } from './sheetToCsv';

type Cell = string | number | boolean | null | XLSX.CellObject;

function ws(rows: Cell[][], merges: string[] = []): XLSX.WorkSheet {
	const sheet: XLSX.WorkSheet = { '!data': [] };
	let maxC = 0;
	rows.forEach((row, r) => {
		sheet['!data']![r] = row.map((v, c) => {
			maxC = Math.max(maxC, c);
			if (v === null) return undefined as unknown as XLSX.CellObject;
			if (typeof v === 'string') return { t: 's', v };
			if (typeof v === 'number') return { t: 'n', v };
			if (typeof v === 'boolean') return { t: 'b', v };
			return v;
		});
	});
	sheet['!ref'] = XLSX.utils.encode_range({
		s: { r: 0, c: 0 },
		e: { r: rows.length - 1, c: maxC }
	});
	sheet['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
	return sheet;
}

const isDate = (f: string | number) => XLSX.SSF.is_date(f);
const date = (v: number, z = 'yyyy-mm-dd'): XLSX.CellObject => ({ t: 'n', v, z });

const cases: {
	name: string;
	rows: Cell[][];
	merges?: string[];
	date1904?: boolean;
	header: [number, number];
	csv: string;
}[] = [
	{
		name: 'plain table',
		rows: [
			['id', 'amount'],
			['A', 1.5],
			['B', 2]
		],
		header: [0, 0],
		csv: 'id,amount\nA,1.5\nB,2\n'
	},
	{
		name: 'title row (merged over the table) and a blank row above the header: blank lines',
		rows: [
			['Sales 2024', null, null],
			[null, null, null],
			['id', 'date', 'amount'],
			['A', date(45292), 10]
		],
		merges: ['A1:C1'],
		header: [2, 2],
		csv: '\n\nid,date,amount\nA,2024-01-01,10\n'
	},
	{
		name: 'two-row header under merged group cells, one column merged down',
		rows: [
			['Customer', null, 'Amount', null, 'Date'],
			['id', 'name', 'net', 'gross', null],
			['C1', 'Ann', 10, 12, date(45292)]
		],
		merges: ['A1:B1', 'C1:D1', 'E1:E2'],
		header: [0, 1],
		csv: '\nCustomer id,Customer name,Amount net,Amount gross,Date\nC1,Ann,10,12,2024-01-01\n'
	},
	{
		name: 'Chinese group header joined without a space',
		rows: [
			['客户', null, '金额'],
			['编号', '姓名', null],
			['C1', '王', 5]
		],
		merges: ['A1:B1', 'C1:C2'],
		header: [0, 1],
		csv: '\n客户编号,客户姓名,金额\nC1,王,5\n'
	},
	{
		name: 'a merged header cell over two columns with data below: numbered names',
		rows: [
			['id', 'Amount', null],
			['A', 1, 2]
		],
		merges: ['B1:C1'],
		header: [0, 0],
		csv: 'id,Amount,Amount 2\nA,1,2\n'
	},
	{
		name: 'dates in the 1904 system',
		rows: [
			['id', 'date'],
			['A', date(45292 - 1462)]
		],
		date1904: true,
		header: [0, 0],
		csv: 'id,date\nA,2024-01-01\n'
	},
	{
		// Whatever the display format (Chinese long date, US or European order, a locale tag),
		// a date cell is its date; number formats with 0 and # are not dates.
		name: 'date formats of every locale give ISO dates; number formats give numbers',
		rows: [
			['a', 'b', 'c', 'd', 'e', 'f'],
			[
				date(45292, 'yyyy"年"m"月"d"日"'),
				date(45292, 'm/d/yy'),
				date(45292, 'dd/mm/yyyy'),
				date(45292, '[$-804]yyyy"年"m"月"d"日";@'),
				{ t: 'n', v: 45292, z: '0.00' },
				{ t: 'n', v: 45292, z: '#,##0' }
			]
		],
		header: [0, 0],
		csv: 'a,b,c,d,e,f\n2024-01-01,2024-01-01,2024-01-01,2024-01-01,45292,45292\n'
	},
	{
		name: 'dates typed as text stay text; a date-time keeps its time',
		rows: [
			['id', 'date', 'when'],
			['A', '05/01/2024', date(45292.75, 'yyyy-mm-dd hh:mm')]
		],
		header: [0, 0],
		csv: 'id,date,when\nA,05/01/2024,2024-01-01 18:00:00\n'
	},
	{
		name: 'a formula gives its cached value; currency and percent formats give the number',
		rows: [
			['id', 'total', 'share'],
			['A', { t: 'n', v: 241, f: 'B3*2' }, { t: 'n', v: 0.25, z: '0%' }],
			['B', { t: 'n', v: 1234.5, z: '"¥"#,##0.00' }, { t: 'n', v: -0, z: '0%' }]
		],
		header: [0, 0],
		csv: 'id,total,share\nA,241,0.25\nB,1234.5,0\n'
	},
	{
		name: 'errors, booleans, commas and quotes; an empty row in the middle; leading empty column',
		rows: [
			[null, 'id', 'note', 'flag'],
			[null, 'A', 'x, "y"', true],
			[null, null, null, null],
			[null, 'B', { t: 'e', v: 42, w: '#N/A' }, false]
		],
		header: [0, 0],
		csv: 'id,note,flag\nA,"x, ""y""",TRUE\n\nB,#N/A,FALSE\n'
	},
	{
		name: 'no header (all numbers): rows from the top',
		rows: [
			[1, 2],
			[3, 4]
		],
		header: [-1, -1],
		csv: '1,2\n3,4\n'
	}
];

describe('sheet → CSV', () => {
	it.each(cases)('$name', ({ rows, merges, date1904, header, csv }) => {
		const grid = sheetGrid(ws(rows, merges), !!date1904, isDate);
		const h = findHeader(grid);
		expect([h.first, h.last]).toEqual(header);
		expect(sheetToCsv(grid, h)).toBe(csv);
	});
});
