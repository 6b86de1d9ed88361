// The typed road, line by line and as a whole. Each case is one line of a file and says what
// the road must do with it (decided by hand from the rule it names):
//  - 'fast': accepted in SQL — then the app's own import (importBytes) of the same line must
//    accept it with the very customer id, order id, day and amount DuckDB keeps;
//  - 'reader': DuckDB's reader sets the line aside (rejects table) for the app's validator;
//  - 'app': read, but not plain: its cells go to the app's validator;
//  - 'abandon': a day before 1900 — the road gives the file to the text road.
// The last tests put the lines together through summarize and check that the rows read, the
// rejected rows by reason and R, F, M per customer equal the app's (cli rfm).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromISO } from '../../lib/analytics/dates';
import type { Mapping } from '../../lib/data/map/types';
import { importBytes } from '../../lib/data/pipeline/importBytes';
import type { StoredColumn } from '../../lib/data/validate/types';
import { parseText } from '../../lib/data/parse/parseText';
import { rfmCommand } from '../commands/rfm';
import { summarizeCommand } from '../commands/summarize';
import { mapBytes } from '../loadFile';
import { linesBeforeData } from './linesBeforeData';
import { REJECTS_SCAN, REJECTS_TABLE, typedRowsSql } from './typedRowsSql';

const TODAY = dayFromISO('2025-06-30');
const HEADER = 'customer_id,order_id,date,amount,category';
const LONG = 'x'.repeat(40_000);

type Fate = 'fast' | 'reader' | 'app' | 'abandon';

interface Case {
	row: string;
	fate: Fate;
	rule: string;
}

const cases: Case[] = [
	{ row: 'A1,17,2024-01-05,10.50,books', fate: 'fast', rule: 'plain row' },
	{ row: '00017,0042,2024-01-05,3,books', fate: 'fast', rule: 'ids with leading zeros as text' },
	{ row: '17,42,2024-01-05,3,books', fate: 'fast', rule: 'not the same customer as 00017' },
	{ row: 'A 1,17,2024-01-05,3,books', fate: 'fast', rule: 'a space inside an id is kept' },
	// Dates: DuckDB's reader reads what the app's ymd parser reads the same way.
	{ row: 'A1,17,2024-1-5,3,books', fate: 'fast', rule: 'ymd without zeros' },
	{ row: 'A1,17, 2024-01-06,3,books', fate: 'fast', rule: 'padded date (the app trims)' },
	{ row: 'A1,17,2024-01-07 ,3,books', fate: 'fast', rule: 'date padded at the end' },
	{ row: 'A1,17,2024-02-29,3,books', fate: 'fast', rule: 'leap day' },
	{ row: 'A1,17,1900-01-01,3,books', fate: 'fast', rule: 'first accepted day' },
	{ row: 'A1,17,2025-06-30,3,books', fate: 'fast', rule: 'today' },
	{ row: 'A1,17,2025-07-01,3,books', fate: 'app', rule: 'after today (date_in_future)' },
	{ row: 'A1,17,2023-02-29,3,books', fate: 'reader', rule: 'no such day' },
	{ row: 'A1,17,2024-13-01,3,books', fate: 'reader', rule: 'month 13' },
	{ row: 'A1,17,2024/01/05,3,books', fate: 'reader', rule: 'ymd with slashes (the app reads it)' },
	{ row: 'A1,17,2024-01-05 10:30,3,books', fate: 'reader', rule: 'date and time' },
	{ row: 'A1,17,20240105,3,books', fate: 'reader', rule: 'ymd8' },
	{ row: 'A1,17,02024-01-05,3,books', fate: 'reader', rule: 'five-digit year' },
	{ row: 'A1,17,,3,books', fate: 'reader', rule: 'missing date' },
	{ row: 'A1,17,2024-01-05x,3,books', fate: 'reader', rule: 'bad date' },
	{ row: 'A1,17,1899-12-31,3,books', fate: 'abandon', rule: 'before 1900' },
	{ row: 'A1,17,24-01-05,3,books', fate: 'abandon', rule: 'two-digit year (DuckDB: year 24)' },
	// Ids.
	{ row: ',17,2024-01-05,3,books', fate: 'app', rule: 'empty customer id' },
	{ row: '   ,17,2024-01-05,3,books', fate: 'app', rule: 'blank customer id' },
	{ row: ' A1,17,2024-01-05,3,books', fate: 'app', rule: 'padded id (the app trims)' },
	{ row: 'A\u00011,17,2024-01-05,3,books', fate: 'app', rule: 'control character in an id' },
	{ row: 'A\t1,17,2024-01-05,3,books', fate: 'app', rule: 'tab inside an id' },
	{ row: 'Ünïcode,17,2024-01-05,3,books', fate: 'app', rule: 'non-ASCII id' },
	{ row: '客户1,17,2024-01-05,3,books', fate: 'app', rule: 'Chinese id' },
	{ row: 'A"1,17,2024-01-05,3,books', fate: 'app', rule: 'quote in an id' },
	{ row: 'A1,,2024-01-05,3,books', fate: 'app', rule: 'empty order id (the app: none)' },
	// Amounts: parseNumber's plain form only; DuckDB's cast reads more than the app does.
	{ row: 'A1,17,2024-01-05,-3,books', fate: 'fast', rule: 'a return' },
	{ row: 'A1,17,2024-01-05,-0,books', fate: 'fast', rule: 'minus zero is stored as 0' },
	{ row: 'A1,17,2024-01-05,9999999999999.9,books', fate: 'fast', rule: 'below 1e13' },
	{ row: 'A1,17,2024-01-05,99999999999999,books', fate: 'app', rule: 'above 1e13' },
	{ row: 'A1,17,2024-01-05,,books', fate: 'app', rule: 'missing amount' },
	{ row: 'A1,17,2024-01-05,abc,books', fate: 'app', rule: 'not a number' },
	{ row: 'A1,17,2024-01-05,1_000,books', fate: 'app', rule: 'underscore (DuckDB: 1000)' },
	{ row: 'A1,17,2024-01-05,inf,books', fate: 'app', rule: 'infinity' },
	{ row: 'A1,17,2024-01-05,NaN,books', fate: 'app', rule: 'NaN' },
	{ row: 'A1,17,2024-01-05,1e3,books', fate: 'app', rule: 'exponent (the app reads it)' },
	{ row: 'A1,17,2024-01-05,5.e3,books', fate: 'app', rule: 'exponent after a bare point' },
	{ row: 'A1,17,2024-01-05,$5.00,books', fate: 'app', rule: 'currency sign' },
	{ row: 'A1,17,2024-01-05,2.5 ,books', fate: 'app', rule: 'padded amount' },
	// Fields.
	{ row: 'A1,17,2024-01-05', fate: 'reader', rule: 'too few fields' },
	{ row: 'A1,17,2024-01-05,3', fate: 'reader', rule: 'short row (the category is mapped)' },
	{ row: 'A1,17,2024-01-05,3,', fate: 'fast', rule: 'empty category' },
	{ row: 'A1,17,2024-01-05,3,books,extra,fields', fate: 'fast', rule: 'too many fields' },
	{ row: 'A1,17,2024-01-05,3,say "hi"', fate: 'app', rule: 'quote in another cell' },
	{ row: `A1,17,2024-01-05,3,${LONG}`, fate: 'app', rule: 'cell past 32,767 characters' }
];

const dir = mkdtempSync(join(tmpdir(), 'typed-rows-test-'));
let db: DuckDBInstance;
let con: DuckDBConnection;
let mapping: Mapping;

beforeAll(async () => {
	db = await DuckDBInstance.create(':memory:');
	con = await db.connect();
	const clean = new TextEncoder().encode(`${HEADER}\nA1,17,2024-01-05,10.50,books\n`);
	mapping = mapBytes(clean, 'clean.csv', {}, 'transactions').mapping;
	expect(mapping.columns.map((c) => c.role)).toEqual([
		'customerId',
		'orderId',
		'date',
		'amount',
		'category'
	]);
});

afterAll(() => {
	con.closeSync();
	db.closeSync();
	rmSync(dir, { recursive: true, force: true });
});

function dictLabel(col: StoredColumn | undefined): string | null {
	if (!col || col.type !== 'dict') throw new Error('not a dict column');
	const code = col.codes[0];
	return code < 0 ? null : col.labels[code];
}

function firstValue(col: StoredColumn | undefined): number {
	if (!col || col.type === 'dict') throw new Error('not a value column');
	return col.values[0];
}

async function fateOf(
	file: string,
	text: string
): Promise<{ fate: Fate; row?: Record<string, unknown> }> {
	for (const t of ['staged', REJECTS_TABLE, REJECTS_SCAN])
		await con.run(`DROP TABLE IF EXISTS ${t}`);
	await con.run(typedRowsSql(file, mapping, TODAY, linesBeforeData(text, mapping), 5));
	const staged = (
		await con.runAndReadAll(
			`SELECT fast, early, customer_id, order_id, (date - DATE '1970-01-01')::INTEGER AS day, amount
			 FROM staged`
		)
	).getRowObjectsJS();
	const rejected = (await con.runAndReadAll(`SELECT csv_line FROM ${REJECTS_TABLE}`)).getRows();
	if (staged.length === 0) {
		expect(rejected.length).toBeGreaterThan(0);
		return { fate: 'reader' };
	}
	expect(staged.length).toBe(1);
	expect(rejected.length).toBe(0);
	if (staged[0].fast) return { fate: 'fast', row: staged[0] };
	return { fate: staged[0].early ? 'abandon' : 'app' };
}

describe('typedRowsSql: each line’s fate; a fast row is one the app accepts with the same values', () => {
	it.each(cases)('$rule: $row → $fate', async ({ row, fate }) => {
		const text = `${HEADER}\n${row}\n`;
		const file = join(dir, 'case.csv');
		writeFileSync(file, text);
		const got = await fateOf(file, text);
		expect(got.fate).toBe(fate);
		if (fate !== 'fast') return;
		const app = importBytes(new Uint8Array(readFileSync(file)), mapping, TODAY);
		expect(app.report.accepted).toBe(1);
		const c = app.columns;
		const r = got.row!;
		expect([r.customer_id, r.order_id, r.day, r.amount]).toEqual([
			dictLabel(c.customerId),
			dictLabel(c.orderId),
			firstValue(c.date),
			firstValue(c.amount)
		]);
	});
});

/** summarize --what rfm on the rows against the app's import and cli rfm. */
async function checkAgainstApp(
	name: string,
	rows: string[],
	options: Record<string, string> = {}
): Promise<string> {
	const file = join(dir, name);
	writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
	const bytes = new Uint8Array(readFileSync(file));
	const { mapping: m } = mapBytes(bytes, file, options, 'transactions');
	const now = new Date();
	const today = dayFromISO(now.toISOString().slice(0, 10)) + 1;
	const app = importBytes(bytes, m, today);
	const out = join(dir, `${name}.out.csv`);
	const r = await summarizeCommand(file, { ...options, what: 'rfm', 'as-of': '2025-06-30', out });
	expect(r.rowsRead).toBe(app.report.rowsRead);
	expect(r.rejectedByReason).toEqual(app.report.rejected.byReason);
	const cli = await rfmCommand(file, { ...options, 'as-of': '2025-06-30' });
	const written: string[][] = [];
	parseText(readFileSync(out, 'utf8'), {
		delimiter: ',',
		onChunk: (c) => void written.push(...c.rows)
	});
	const lines = written.slice(1).filter((x) => !(x.length === 1 && x[0] === ''));
	const byId = new Map(lines.map((x) => [x[0], x]));
	expect(byId.size).toBe(cli.customers.length);
	for (const c of cli.customers) {
		const got = byId.get(c.customerId)!;
		expect([got[1], got[2]]).toEqual([String(c.recency), String(c.frequency)]);
		// Money to the cent, both sides summed in cents (A1 holds 1e13): the same double.
		expect(Number(got[3])).toBe(c.monetary);
	}
	return r.road;
}

describe('the cases together through summarize: the app’s counts and RFM', () => {
	const plain = cases.filter((c) => c.fate !== 'abandon' && !c.row.includes('"')).map((c) => c.row);

	it('every fast, reader and app case: the typed road, equal to the app', async () => {
		// Rows without an order id count distinct purchase days.
		const extra = ['N1,,2024-03-01,4,x', 'N1,,2024-03-01,5,x', '', 'N1,9,2024-03-02,1,x'];
		// The long cell apart (next test): the extra fields make the file 7 columns wide, so
		// its line of 5 fields is set aside by the reader, which keeps only 10,000 bytes of it.
		const short = plain.filter((r) => !r.includes(LONG));
		expect(await checkAgainstApp('typed.csv', [...short, ...extra])).toBe('typed');
	});

	it('returns dropped (--returns drop): return_dropped counted as the app counts it', async () => {
		const short = plain.filter((r) => !r.includes(LONG));
		const rows = [...short, 'R,1,2024-02-01,-4,x', 'R,2,2024-02-02,5,x', 'R,3,2024-02-03,-0,x'];
		expect(await checkAgainstApp('drop.csv', rows, { returns: 'drop' })).toBe('typed');
	});

	it('a set-aside line past 10,000 bytes gives the file to the text road, equal to the app', async () => {
		expect(await checkAgainstApp('long.csv', plain)).toBe('text');
	});

	it('a day before 1900 gives the file to the text road, still equal to the app', async () => {
		const early = cases.filter((c) => c.fate === 'abandon').map((c) => c.row);
		expect(await checkAgainstApp('early.csv', [...plain, ...early])).toBe('text');
	});

	it('a quote set aside by the reader gives the file to the app’s reader', async () => {
		expect(await checkAgainstApp('quoted.csv', [...plain, 'Q,1,"2024-01-05",3,x'])).toBe(
			'javascript'
		);
	});
});
