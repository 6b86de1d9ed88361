// Where a sheet's table starts: title rows above the header are skipped, and a header of two
// rows (group names in merged cells over the column names) is flattened into one name per
// column, "Amount net" / "金额含税".
import type { SheetGrid } from './sheetGrid';

export interface SheetHeader {
	/** 0-based sheet row of the first header row (-1: no header found). */
	first: number;
	/** 0-based sheet row of the last header row; data starts below it. */
	last: number;
	/** One name per column (empty when there is no header). */
	names: string[];
}

/** Rows looked at for the header: a title block longer than this is not a title. */
const HEADER_SEARCH_ROWS = 30;

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Two header parts joined: no space between Chinese words, one between others. */
export function joinHeader(a: string, b: string): string {
	if (!a) return b;
	if (!b || a === b) return a;
	return CJK.test(a.slice(-1)) && CJK.test(b[0]) ? a + b : `${a} ${b}`;
}

function ownCount(grid: SheetGrid, r: number): number {
	return grid.own[r].filter(Boolean).length;
}

function filledCount(grid: SheetGrid, r: number): number {
	return grid.kind[r].filter((k) => k !== 'empty').length;
}

/** Share of a row's own cells that are text (a header names; a data row holds numbers). */
function textShare(grid: SheetGrid, r: number): number {
	let own = 0;
	let text = 0;
	grid.own[r].forEach((o, c) => {
		if (!o) return;
		own++;
		if (grid.kind[r][c] === 'text') text++;
	});
	return own ? text / own : 0;
}

function hasWideMerge(grid: SheetGrid, r: number): boolean {
	return grid.merges.some((m) => m.r0 === r && m.c1 > m.c0);
}

/** The same name twice (a merged header cell over two columns) becomes "Amount", "Amount 2". */
function distinct(names: string[]): string[] {
	const seen = new Map<string, number>();
	return names.map((n) => {
		if (!n) return n;
		const k = (seen.get(n) ?? 0) + 1;
		seen.set(n, k);
		return k === 1 ? n : `${n} ${k}`;
	});
}

/**
 * The header of a sheet: the first row, among the first 30, that has at least two cells of
 * its own, covers at least half of the table's width and is mostly text. Rows above it (a
 * report title, a date line, blank rows) are skipped. When that row has merged cells over
 * several columns and the next row is all text, the two rows are one header.
 */
export function findHeader(grid: SheetGrid): SheetHeader {
	const rows = grid.text.length;
	if (rows === 0) return { first: -1, last: -1, names: [] };
	let width = 0;
	for (let r = 0; r < Math.min(rows, 200); r++) width = Math.max(width, filledCount(grid, r));
	const need = Math.max(2, Math.ceil(width / 2));
	for (let r = 0; r < Math.min(rows, HEADER_SEARCH_ROWS); r++) {
		if (ownCount(grid, r) < 2 || filledCount(grid, r) < need || textShare(grid, r) < 0.5) continue;
		const next = r + 1;
		const twoRows =
			next < rows &&
			hasWideMerge(grid, r) &&
			ownCount(grid, next) >= 1 &&
			textShare(grid, next) === 1 &&
			filledCount(grid, next) >= need;
		const names = grid.text[r].map((top, c) =>
			joinHeader(top.trim(), twoRows ? grid.text[next][c].trim() : '')
		);
		return { first: r, last: twoRows ? next : r, names: distinct(names) };
	}
	return { first: -1, last: -1, names: [] };
}
