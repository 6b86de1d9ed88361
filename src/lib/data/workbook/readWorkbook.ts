// Opens a workbook (.xlsx, .xls, .ods, Numbers, WPS) with SheetJS and lists its sheets with a
// preview of each. The library is passed in: the app loads it only when a workbook is dropped
// (loadSheetJs), the CLI only when it reads one. Cached values are read, formulas never are.
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { FileProblemError } from '../pipeline/problems';
import { findHeader, type SheetHeader } from './findHeader';
import { sheetGrid, type SheetGrid } from './sheetGrid';
import { sheetToCsv } from './sheetToCsv';

/** The parts of SheetJS used here (typeof import('@e965/xlsx') satisfies it). */
export interface SheetJs {
	read: (data: Uint8Array, opts: ParsingOptions) => WorkBook;
	SSF: { is_date: (format: string | number) => boolean };
}

export interface SheetSummary {
	name: string;
	hidden: boolean;
	/** Rows with anything in them. */
	rows: number;
	columns: number;
	/** 1-based sheet row of the header's last row (0: no header found). */
	headerRow: number;
	/** The first rows as shown in the sheet picker (at most 6 × 8). */
	preview: string[][];
}

export interface OpenWorkbook {
	book: WorkBook;
	date1904: boolean;
	sheets: SheetSummary[];
	grids: Map<string, SheetGrid>;
}

const PREVIEW_ROWS = 6;
const PREVIEW_COLS = 8;

/**
 * SheetJS falls back to reading unknown bytes as delimited text. Only container files (ZIP or
 * OLE) are sent here, so a first cell that starts with the container's own signature means
 * the container was not understood: the file is damaged, not a one-cell sheet.
 */
function readAsText(book: WorkBook): boolean {
	const first = book.Sheets[book.SheetNames[0]];
	const a1 = first?.['!data']?.[0]?.[0] ?? first?.['A1'];
	const v = typeof a1?.v === 'string' ? a1.v : '';
	return v.startsWith('PK\u0003\u0004') || v.startsWith('\u00d0\u00cf\u0011\u00e0');
}

/**
 * Whether a container could be whole: a ZIP (xlsx, ods, Numbers) ends with its directory
 * record (PK 05 06, within the last 64 KB + 22 bytes), an OLE file (xls) has a 512-byte
 * header. SheetJS 0.20.3 loops forever on a bare ZIP header (a 33-byte "book.xlsx"), so such
 * files are called damaged before it sees them.
 */
export function containerLooksWhole(bytes: Uint8Array): boolean {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
			if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6)
				return true;
		return false;
	}
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return bytes.length >= 512;
	return true;
}

export function openWorkbook(lib: SheetJs, bytes: Uint8Array): OpenWorkbook {
	if (!containerLooksWhole(bytes)) throw new FileProblemError({ code: 'workbook_corrupt' });
	let book: WorkBook;
	try {
		book = lib.read(bytes, {
			type: 'array',
			dense: true,
			// Values only: formulas are neither kept nor evaluated; number formats tell dates.
			cellFormula: false,
			cellHTML: false,
			cellNF: true,
			cellDates: false,
			cellStyles: false,
			bookVBA: false
		});
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		if (/password|encrypt/i.test(why)) throw new FileProblemError({ code: 'workbook_encrypted' });
		throw new FileProblemError({ code: 'workbook_corrupt' });
	}
	if (!book.SheetNames?.length || readAsText(book))
		throw new FileProblemError({ code: 'workbook_corrupt' });
	const date1904 = !!book.Workbook?.WBProps?.date1904;
	const hiddenFlags = book.Workbook?.Sheets ?? [];
	const grids = new Map<string, SheetGrid>();
	const sheets = book.SheetNames.map((name, i) => {
		const grid = sheetGrid(book.Sheets[name], date1904, (f) => lib.SSF.is_date(f));
		grids.set(name, grid);
		const header = findHeader(grid);
		const filled = grid.kind.filter((row) => row.some((k) => k !== 'empty'));
		const firstRow = grid.kind.findIndex((row) => row.some((k) => k !== 'empty'));
		return {
			name,
			hidden: !!hiddenFlags[i]?.Hidden,
			rows: filled.length,
			columns: grid.text[0]?.length ?? 0,
			headerRow: header.first >= 0 ? header.last + 1 : 0,
			preview:
				firstRow < 0
					? []
					: // Each merged value once, where the sheet shows it (a title is not five titles).
						grid.text
							.slice(firstRow, firstRow + PREVIEW_ROWS)
							.map((row, i) =>
								row.slice(0, PREVIEW_COLS).map((v, c) => (grid.own[firstRow + i][c] ? v : ''))
							)
		} satisfies SheetSummary;
	});
	return { book, date1904, sheets, grids };
}

/** The first sheet with anything in it, preferring visible ones (the CLI's and app's default). */
export function defaultSheet(sheets: SheetSummary[]): SheetSummary | null {
	return sheets.find((s) => s.rows > 0 && !s.hidden) ?? sheets.find((s) => s.rows > 0) ?? null;
}

export interface SheetTable {
	sheet: string;
	header: SheetHeader;
	/** The sheet as CSV text (see sheetToCsv). */
	csv: string;
}

/**
 * The named sheet (or the default one) as CSV. Refuses a sheet that does not exist (naming
 * the sheets there are), an empty sheet, and a workbook whose sheets are all empty.
 */
export function sheetTable(open: OpenWorkbook, name?: string): SheetTable {
	const chosen =
		name === undefined ? defaultSheet(open.sheets) : open.sheets.find((s) => s.name === name);
	if (name !== undefined && !chosen)
		throw new FileProblemError({
			code: 'sheet_not_found',
			sheet: name,
			sheets: open.sheets.map((s) => s.name)
		});
	if (!chosen) throw new FileProblemError({ code: 'workbook_empty' });
	if (chosen.rows === 0) throw new FileProblemError({ code: 'sheet_empty', sheet: chosen.name });
	const grid = open.grids.get(chosen.name)!;
	const header = findHeader(grid);
	return { sheet: chosen.name, header, csv: sheetToCsv(grid, header) };
}
