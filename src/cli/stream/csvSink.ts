// Where a summary's CSV goes: a file (--out) or stdout. Rows are gathered into ~1 MB strings
// and written as they fill, so the output never sits in memory whole.
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { neutralizeCell } from '../../lib/data/export/toCsv';

const FLUSH_CHARS = 1 << 20;

export type Cell = string | number | null;

const NEEDS_QUOTES = /[",\n\r]/;

/** One CSV cell: formula-looking text neutralised as in the app's exports, quoted when needed. */
export function csvCell(value: Cell): string {
	// Numbers are most cells: no formula or quoting check needed.
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const s = neutralizeCell(value);
	return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: Cell[]): string {
	let line = csvCell(cells[0]);
	for (let i = 1; i < cells.length; i++) line += ',' + csvCell(cells[i]);
	return line + '\n';
}

export class CsvSink {
	private buffer = '';
	private fd: number | null = null;
	rows = 0;

	constructor(
		/** Null: stdout. */
		private outPath: string | null
	) {
		if (outPath !== null) this.fd = openSync(outPath, 'w');
	}

	header(cells: string[]): void {
		this.buffer += csvLine(cells);
	}

	/** A line that is already CSV (ends with a line break). */
	line(text: string): void {
		this.buffer += text;
		this.rows++;
		if (this.buffer.length >= FLUSH_CHARS) this.write();
	}

	row(cells: Cell[]): void {
		this.line(csvLine(cells));
	}

	/** Lets a slow reader of stdout catch up (called between result chunks). */
	async drain(): Promise<void> {
		this.write();
		if (this.fd === null && process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
	}

	async close(): Promise<void> {
		await this.drain();
		if (this.fd !== null) closeSync(this.fd);
		this.fd = null;
	}

	private write(): void {
		if (this.buffer === '') return;
		if (this.fd !== null) writeSync(this.fd, this.buffer);
		else process.stdout.write(this.buffer);
		this.buffer = '';
	}

	get path(): string | null {
		return this.outPath;
	}
}
