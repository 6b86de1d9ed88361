// A workbook given to the CLI: the chosen sheet (--sheet, else the first that is not empty) as
// CSV bytes for the same path a CSV file takes, and a note of which sheet was read so the
// command's output can name it. SheetJS is required only when a workbook is read.
import { createRequire } from 'node:module';
import { detectBinary } from '../lib/data/sniff/detectBinary';
import { isWorkbookFormat } from '../lib/data/workbook/isWorkbookFormat';
import { openWorkbook, sheetTable, type SheetJs } from '../lib/data/workbook/readWorkbook';

export interface SheetRead {
	file: string;
	sheet: string;
	/** 1-based row of the header's last row (0: none found). */
	headerRow: number;
	sheets: { name: string; rows: number; columns: number }[];
}

/** Sheets read since the command started (runCommand clears it and adds it to the output). */
export const sheetsRead: SheetRead[] = [];

let sheetJs: SheetJs | null = null;

/**
 * The bytes to import: a workbook's sheet as CSV (with whether a header row was found), or the
 * file's own bytes. Throws FileProblemError for an unreadable workbook or sheet.
 */
export function workbookAsCsv(
	bytes: Uint8Array,
	path: string,
	sheet: string | undefined
): { bytes: Uint8Array; hasHeader?: boolean } {
	if (!isWorkbookFormat(detectBinary(bytes.subarray(0, 8192), path))) return { bytes };
	sheetJs ??= createRequire(import.meta.url)('@e965/xlsx') as SheetJs;
	const open = openWorkbook(sheetJs, bytes);
	const table = sheetTable(open, sheet);
	sheetsRead.push({
		file: path,
		sheet: table.sheet,
		headerRow: table.header.first >= 0 ? table.header.last + 1 : 0,
		sheets: open.sheets.map((s) => ({ name: s.name, rows: s.rows, columns: s.columns }))
	});
	return {
		bytes: new TextEncoder().encode(table.csv),
		hasHeader: table.header.first >= 0 ? true : undefined
	};
}
