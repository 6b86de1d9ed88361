// A sheet's table as CSV text, so a workbook goes through exactly the mapping, validation and
// storage a CSV does. Rows above the header's last row become blank lines (which the CSV path
// skips before a header), so the line numbers in the validation report are the sheet's rows.
import type { SheetGrid } from './sheetGrid';
import type { SheetHeader } from './findHeader';

function csvField(s: string): string {
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Columns that hold anything, in the header or below it: [first, last] (null: none). */
function usedColumns(grid: SheetGrid, from: number): [number, number] | null {
	let lo = Infinity;
	let hi = -1;
	for (let r = Math.max(0, from); r < grid.text.length; r++)
		grid.kind[r].forEach((k, c) => {
			if (k === 'empty') return;
			if (c < lo) lo = c;
			if (c > hi) hi = c;
		});
	return hi < 0 ? null : [lo, hi];
}

export function sheetToCsv(grid: SheetGrid, header: SheetHeader): string {
	const from = header.first >= 0 ? header.first : 0;
	const cols = usedColumns(grid, from);
	if (!cols) return '';
	const [c0, c1] = cols;
	const lines: string[] = [];
	const start = header.first >= 0 ? header.last : from;
	for (let r = 0; r < start; r++) lines.push('');
	if (header.first >= 0)
		lines.push(
			header.names
				.slice(c0, c1 + 1)
				.map(csvField)
				.join(',')
		);
	for (let r = header.first >= 0 ? header.last + 1 : from; r < grid.text.length; r++) {
		const row = grid.text[r];
		// An empty sheet row is an empty line, as in a CSV a spreadsheet saved.
		lines.push(
			grid.kind[r].every((k) => k === 'empty')
				? ''
				: row
						.slice(c0, c1 + 1)
						.map(csvField)
						.join(',')
		);
	}
	return lines.join('\n') + '\n';
}
