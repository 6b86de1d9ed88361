// The rows summarize loads into DuckDB are exactly the rows the app keeps, and the rejected ones
// are counted by the app's reasons: on made files where DuckDB reads the lines itself (every
// rejection reason, padding, non-ASCII ids, ids with leading zeros, dropped returns, other date
// and number forms) and on the hostile corpus (quotes, NULs, invalid UTF-8, GBK, mixed line
// breaks, 5,000 columns — mostly the JavaScript reader). The oracle is the app's own import
// (previewFile + importBytes) and the engine's clvSummary on what it imported.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../lib/analytics/clv/clvSummary';
import { dayFromYMD } from '../../lib/analytics/dates';
import { importBytes } from '../../lib/data/pipeline/importBytes';
import { neutralizeCell } from '../../lib/data/export/toCsv';
import { mapBytes } from '../loadFile';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { parseText } from '../../lib/data/parse/parseText';
import { summarizeCommand } from '../commands/summarize';

const dir = mkdtempSync(join(tmpdir(), 'duck-load-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = new Date();
const TODAY = dayFromYMD(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()) + 1;

const MADE: Record<string, string> = {
	'every-reason.csv': [
		'customer_id,order_id,date,amount,note',
		'A,1,2024-01-05,10.50,x',
		'A,2,2024-02-05,-3,x',
		' B,3,2024-01-06,7,padded id',
		',4,2024-01-07,5,missing customer',
		'C,5,2024-13-01,5,bad date',
		'C,6,1899-12-31,5,before 1900',
		'C,7,2999-01-01,5,future',
		'C,8,2024-01-08,,missing amount',
		'C,9,2024-01-08,abc,bad amount',
		'C,10',
		'Ünïcode,12,2024-01-10,4,non-ASCII id',
		'E,13,2024-1-10,4,short ISO date',
		'E,14,2024-01-11,1e3,exponent',
		'E,15,2024-01-12,99999999999999999,too large',
		'00017,16,2024-01-12,3,leading zeros',
		'17,17,2024-01-13,3,not the same customer',
		'',
		'   ',
		'G,19,2024-01-15,1,extra,fields,here',
		'G,20,2024-03-15,0,zero',
		'G,,2024-04-15,2,no order id',
		'H,21,2024-02-29,2.5 ,padded amount',
		'H,22,2024-02-30,2,no such day'
	].join('\n'),
	'semicolon-dmy.csv': [
		'customer;date;amount',
		'A;05/01/2024;10,50',
		'A;05/03/2024;4,25',
		'B;31/02/2024;3,00',
		'B;01/02/2024;-1,00',
		'C;01/02/2024;1.234,50'
	].join('\r\n'),
	'tab-no-header.tsv': ['A\t2024-01-05\t3', 'A\t2024-02-05\t4', 'B\t2024-01-06\tx'].join('\n')
};

const HOSTILE = [
	'mixed-line-endings.csv',
	'unclosed-quote.csv',
	'malformed-quotes.csv',
	'columns-5000.csv',
	'duplicate-empty-headers.csv',
	'nul-bytes.csv',
	'invalid-utf8.csv',
	'gbk-utf8-bom.csv',
	'formulas-html.csv',
	'extreme-numbers.csv',
	'extreme-dates.csv',
	'control-characters.csv',
	'ragged-rows.csv',
	'quote-storm.csv'
];

const cases: { name: string; options: Record<string, string>; made: boolean }[] = [
	...Object.keys(MADE).map((name) => ({
		name,
		options: (name.endsWith('.tsv') ? { customer: '1', date: '2', amount: '3' } : {}) as Record<
			string,
			string
		>,
		made: true
	})),
	{ name: 'every-reason.csv', options: { returns: 'drop' }, made: true },
	...HOSTILE.map((name) => ({ name, options: {}, made: false }))
];

function csvRows(text: string): string[][] {
	const all: string[][] = [];
	parseText(text, { delimiter: ',', onChunk: (c) => void all.push(...c.rows) });
	return all.filter((x) => !(x.length === 1 && x[0] === '')).slice(1);
}

describe('summarize loads the rows the app keeps', () => {
	it.each(cases)('$name $options', async ({ name, options, made }) => {
		const file = made ? join(dir, name) : `tests/fixtures/hostile/${name}`;
		if (made) writeFileSync(file, MADE[name]);
		const bytes = new Uint8Array(readFileSync(file));
		// The mapping the app suggests, with the same column options (as `cli inspect` reads it).
		const { mapping } = mapBytes(bytes, file, options, 'transactions');
		const app = importBytes(bytes, mapping, TODAY);
		const out = join(dir, `${name}.out.csv`);
		const r = await summarizeCommand(file, { ...options, what: 'btyd', out });
		if (made) expect(r.reader).toBe('duckdb');
		expect(r.rowsRead).toBe(app.report.rowsRead);
		expect(r.rejectedByReason).toEqual(app.report.rejected.byReason);
		const tx = toTransactionTable(app);
		let last = -Infinity;
		for (let i = 0; i < tx.length; i++) last = Math.max(last, tx.day[i]);
		const s = clvSummary(tx, { calibrationEnd: last, unit: 'week' });
		const rows = csvRows(readFileSync(out, 'utf8'));
		// Ids that look like spreadsheet formulas are written neutralised, as the app exports them.
		const ids = s.ids.map((id) => neutralizeCell(id));
		expect(rows.map((x) => x[0]).sort()).toEqual([...ids].sort());
		const byId = new Map(rows.map((x) => [x[0], x]));
		for (let i = 0; i < s.length; i++) {
			const got = byId.get(ids[i])!;
			expect(got.slice(1, 4)).toEqual([String(s.x[i]), String(s.tx[i]), String(s.T[i])]);
			if (s.spendCount[i] > 0) expect(Number(got[4])).toBeCloseTo(s.meanSpend[i], 9);
			else expect(got[4]).toBe('');
		}
	});
});
