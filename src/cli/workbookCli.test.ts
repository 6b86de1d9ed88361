// The CLI reads workbooks (issue 17): `rfm` on the teaching sample's first 3,000 transactions
// as an Excel workbook (date cells, number cells; scripts/make-workbooks.ts) gives exactly what
// it gives on the same lines as CSV; --sheet picks a sheet; the output names the sheet read.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './runCommand';

const run = (name: string, file: string, options: Record<string, string> = {}) =>
	COMMANDS.find((c) => c.name === name)!.run(file, options) as Promise<Record<string, unknown>>;

const BOOK = 'tests/fixtures/workbooks/retail-transactions.xlsx';

function sliceCsv(): string {
	const lines = readFileSync('static/samples/retail/transactions.csv', 'utf8').split('\n');
	const path = join(mkdtempSync(join(tmpdir(), 'wb-')), 'retail-transactions.csv');
	writeFileSync(path, lines.slice(0, 3001).join('\n') + '\n');
	return path;
}

describe('cli over a workbook equals cli over its CSV', () => {
	const csv = sliceCsv();
	const commands: [string, Record<string, string>][] = [
		['rfm', { 'as-of': '2023-01-01' }],
		['rfm', { 'as-of': '2023-01-01', preset: 'cn8', cut: 'R=median' }],
		['pyramid', {}],
		['inspect', {}]
	];
	it.each(commands)('%s %j', async (command, options) => {
		const fromCsv = await run(command, csv, options);
		const { workbook, ...fromBook } = await run(command, BOOK, options);
		expect(workbook).toMatchObject({ file: BOOK, sheet: 'transactions', headerRow: 1 });
		expect(fromBook).toEqual(fromCsv);
		expect(JSON.stringify(fromBook).length).toBeGreaterThan(200);
	});
});

describe('cli --sheet', () => {
	const BOOK2 = 'tests/fixtures/workbooks/two-sheets.xlsx';
	const cases: [Record<string, string>, string, string, number][] = [
		// Without --sheet: the first sheet that is not empty (空白 is empty).
		[{}, '交易记录', 'transactions', 5],
		[{ sheet: 'Customers' }, 'Customers', 'customers', 3],
		[{ sheet: '交易记录' }, '交易记录', 'transactions', 5]
	];
	it.each(cases)('%j → %s', async (options, sheet, kind, rows) => {
		const out = await run('inspect', BOOK2, options);
		expect(out).toMatchObject({ kind, rows, workbook: { sheet } });
	});

	it.each([
		[{ sheet: '空白' }, /Sheet “空白” in .* is empty/],
		[{ sheet: 'Nope' }, /has no sheet “Nope”\. Its sheets: “空白”, “交易记录”, “Customers”/]
	])('%j is refused with a clear message', async (options, message) => {
		await expect(run('inspect', BOOK2, options)).rejects.toThrow(message);
	});
});
