// One worksheet as a grid of cell texts, the way the CSV path would have read them had the
// user saved the sheet as CSV: cached values (never formulas), numbers as plain decimals,
// date-formatted serials as ISO dates, merged ranges filled with their top-left value.
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { excelSerialText } from './excelSerialText';

export type CellKind = 'empty' | 'text' | 'number' | 'date' | 'bool' | 'error';

export interface SheetGrid {
	/** Absolute sheet rows from row 1 (index 0), each as wide as the used range. */
	text: string[][];
	kind: CellKind[][];
	/** Cells that hold a value themselves (not copied from a merged range's top-left). */
	own: boolean[][];
	/** Merged ranges (0-based, inclusive). */
	merges: { r0: number; c0: number; r1: number; c1: number }[];
}

/** Plain decimal text of a number cell's value, as a CSV export writes it. */
export function numberText(v: number): string {
	if (Object.is(v, -0)) return '0';
	return String(v);
}

function cellValue(
	cell: CellObject | undefined,
	date1904: boolean,
	isDateFormat: (format: string | number) => boolean
): { text: string; kind: CellKind } {
	if (!cell || cell.v === undefined || cell.v === null) return { text: '', kind: 'empty' };
	switch (cell.t) {
		case 'n': {
			const v = cell.v as number;
			if (cell.z !== undefined && isDateFormat(cell.z)) {
				const iso = excelSerialText(v, date1904);
				if (iso) return { text: iso, kind: 'date' };
			}
			return { text: numberText(v), kind: 'number' };
		}
		case 'd': {
			// Only when a reader hands out Date objects: its UTC fields are the written date.
			const d = cell.v as Date;
			return Number.isNaN(d.getTime())
				? { text: '', kind: 'empty' }
				: { text: d.toISOString().slice(0, 10), kind: 'date' };
		}
		case 'b':
			return { text: cell.v ? 'TRUE' : 'FALSE', kind: 'bool' };
		case 'e':
			// #N/A, #DIV/0!: kept as text so validation names the row instead of a silent blank.
			return { text: cell.w ?? '#ERROR', kind: 'error' };
		case 'z':
			return { text: '', kind: 'empty' };
		default: {
			const s = String(cell.v);
			return { text: s, kind: s.trim() === '' ? 'empty' : 'text' };
		}
	}
}

/** The used range of a sheet, or null when it has no cells. */
function usedRange(ws: WorkSheet): { rows: number; cols: number } | null {
	const ref = ws['!ref'];
	if (!ref) return null;
	const end = ref.split(':').pop() ?? ref;
	const m = /^([A-Z]+)(\d+)$/.exec(end);
	if (!m) return null;
	let cols = 0;
	for (const ch of m[1]) cols = cols * 26 + (ch.charCodeAt(0) - 64);
	return { rows: Number(m[2]), cols };
}

/**
 * The grid of a sheet read with `dense: true` (cells in `ws['!data'][row][col]`). Trailing
 * empty rows and columns (formatted but blank cells widen the used range) are dropped.
 */
export function sheetGrid(
	ws: WorkSheet,
	date1904: boolean,
	isDateFormat: (format: string | number) => boolean
): SheetGrid {
	const range = usedRange(ws);
	const data = (ws['!data'] ?? []) as (CellObject | undefined)[][];
	const text: string[][] = [];
	const kind: CellKind[][] = [];
	const own: boolean[][] = [];
	let lastRow = -1;
	let lastCol = -1;
	const rows = range?.rows ?? 0;
	const cols = range?.cols ?? 0;
	for (let r = 0; r < rows; r++) {
		const src = data[r] ?? [];
		const t: string[] = new Array(cols).fill('');
		const k: CellKind[] = new Array(cols).fill('empty');
		for (let c = 0; c < cols; c++) {
			const v = cellValue(src[c], date1904, isDateFormat);
			t[c] = v.text;
			k[c] = v.kind;
			if (v.kind !== 'empty') {
				lastRow = r;
				if (c > lastCol) lastCol = c;
			}
		}
		text.push(t);
		kind.push(k);
	}
	const merges = (ws['!merges'] ?? []).map((m) => ({
		r0: m.s.r,
		c0: m.s.c,
		r1: m.e.r,
		c1: m.e.c
	}));
	for (const m of merges) if (m.r0 <= lastRow && m.c1 > lastCol) lastCol = Math.min(m.c1, cols - 1);
	text.length = kind.length = lastRow + 1;
	for (let r = 0; r <= lastRow; r++) {
		text[r].length = kind[r].length = lastCol + 1;
		own.push(kind[r].map((x) => x !== 'empty'));
	}
	// A merged range shows its top-left value in every cell it covers.
	for (const m of merges) {
		if (m.r0 > lastRow) continue;
		const v = text[m.r0][m.c0];
		const k = kind[m.r0][m.c0];
		if (k === 'empty') continue;
		for (let r = m.r0; r <= Math.min(m.r1, lastRow); r++)
			for (let c = m.c0; c <= Math.min(m.c1, lastCol); c++)
				if (kind[r][c] === 'empty') {
					text[r][c] = v;
					kind[r][c] = k;
				}
	}
	return { text, kind, own, merges };
}
