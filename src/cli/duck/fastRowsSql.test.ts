// The plain-row conditions of the staging query, row by row. Each case is one line of a file;
// `fast` is whether DuckDB may accept it in SQL (decided by hand from the rule the case names).
// The oracle for every fast row is the app's own import of the same line (importBytes): it must
// accept the row with the very values DuckDB keeps — customer id, order id, day, amount. A row
// that is not fast is the app's to decide (loadTransactions.test.ts and the last test here
// check that the counts by reason and the summaries then equal the app's).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromISO } from '../../lib/analytics/dates';
import type { Mapping } from '../../lib/data/map/types';
import { importBytes } from '../../lib/data/pipeline/importBytes';
import type { StoredColumn } from '../../lib/data/validate/types';
import { rfmCommand } from '../commands/rfm';
import { summarizeCommand } from '../commands/summarize';
import { parseText } from '../../lib/data/parse/parseText';
import { mapBytes } from '../loadFile';
import { fastRowsSql } from './fastRowsSql';
import { linesBeforeData } from './linesBeforeData';

const TODAY = dayFromISO('2025-06-30');
const HEADER = 'customer_id,order_id,date,amount,category';
const LONG = 'x'.repeat(40_000);

interface Case {
	row: string;
	fast: boolean;
	rule: string;
}

const cases: Case[] = [
	{ row: 'A1,17,2024-01-05,10.50,books', fast: true, rule: 'plain row' },
	{ row: '00017,0042,2024-01-05,3,books', fast: true, rule: 'ids with leading zeros as text' },
	{ row: '17,42,2024-01-05,3,books', fast: true, rule: 'not the same customer as 00017' },
	{ row: 'A 1,17,2024-01-05,3,books', fast: true, rule: 'a space inside an id is kept' },
	{ row: 'a-b_c.d/e,#7!,2024-01-05,3,books', fast: true, rule: 'ASCII punctuation in ids' },
	{ row: ' A1,17,2024-01-05,3,books', fast: false, rule: 'padded id (the app trims)' },
	{ row: 'A1 ,17,2024-01-05,3,books', fast: false, rule: 'id padded at the end' },
	{ row: ',17,2024-01-05,3,books', fast: false, rule: 'missing customer' },
	{ row: 'Ünïcode,17,2024-01-05,3,books', fast: false, rule: 'non-ASCII id' },
	{ row: '客户1,17,2024-01-05,3,books', fast: false, rule: 'Chinese id' },
	{ row: 'A\u00011,17,2024-01-05,3,books', fast: false, rule: 'control character in an id' },
	{ row: 'A\t1,17,2024-01-05,3,books', fast: false, rule: 'tab inside an id' },
	{ row: 'A"1,17,2024-01-05,3,books', fast: false, rule: 'quote in an id' },
	{ row: 'A1,,2024-01-05,3,books', fast: false, rule: 'empty order id (the app: none)' },
	{ row: 'A1, 17,2024-01-05,3,books', fast: false, rule: 'padded order id' },
	// Dates: only the exact ISO form is read in SQL; the app reads the other ymd forms.
	{ row: 'A1,17,2024-02-29,3,books', fast: true, rule: 'leap day' },
	{ row: 'A1,17,1900-01-01,3,books', fast: true, rule: 'first accepted day' },
	{ row: 'A1,17,2025-06-30,3,books', fast: true, rule: 'today' },
	{ row: 'A1,17,2025-07-01,3,books', fast: false, rule: 'after today' },
	{ row: 'A1,17,1899-12-31,3,books', fast: false, rule: 'before 1900' },
	{ row: 'A1,17,2023-02-29,3,books', fast: false, rule: 'no such day' },
	{ row: 'A1,17,2024-13-01,3,books', fast: false, rule: 'month 13' },
	{ row: 'A1,17,2024-1-5,3,books', fast: false, rule: 'ymd without zeros (the app reads it)' },
	{ row: 'A1,17,2024/01/05,3,books', fast: false, rule: 'ymd with slashes' },
	{ row: 'A1,17,2024.01.05,3,books', fast: false, rule: 'ymd with dots' },
	{ row: 'A1,17,2024-01-05 10:30,3,books', fast: false, rule: 'date and time' },
	{ row: 'A1,17,2024-01-05T10:30:00Z,3,books', fast: false, rule: 'ISO timestamp' },
	{ row: 'A1,17, 2024-01-05,3,books', fast: false, rule: 'padded date' },
	{ row: 'A1,17,02024-01-05,3,books', fast: false, rule: 'five-digit year' },
	{ row: 'A1,17,20240105,3,books', fast: false, rule: 'ymd8' },
	{ row: 'A1,17,,3,books', fast: false, rule: 'missing date' },
	// Amounts: parseNumber's plain form only.
	{ row: 'A1,17,2024-01-05,-3,books', fast: true, rule: 'a return' },
	{ row: 'A1,17,2024-01-05,-0,books', fast: true, rule: 'minus zero is stored as 0' },
	{ row: 'A1,17,2024-01-05,0,books', fast: true, rule: 'zero' },
	{ row: 'A1,17,2024-01-05,007.10,books', fast: true, rule: 'leading zeros in an amount' },
	{ row: 'A1,17,2024-01-05,0.1,books', fast: true, rule: 'a double that is not exact' },
	{ row: 'A1,17,2024-01-05,9999999999999.9,books', fast: true, rule: '15 characters, below 1e13' },
	{ row: 'A1,17,2024-01-05,99999999999999,books', fast: false, rule: 'above 1e13' },
	{ row: 'A1,17,2024-01-05,0.1234567890123456,books', fast: false, rule: '16 digits' },
	{ row: 'A1,17,2024-01-05,,books', fast: false, rule: 'missing amount' },
	{ row: 'A1,17,2024-01-05,abc,books', fast: false, rule: 'not a number' },
	{ row: 'A1,17,2024-01-05,$5.00,books', fast: false, rule: 'currency sign (the app reads it)' },
	{ row: 'A1,17,2024-01-05,¥5,books', fast: false, rule: 'yuan sign' },
	{ row: 'A1,17,2024-01-05,5 USD,books', fast: false, rule: 'currency code' },
	{ row: 'A1,17,2024-01-05,(5),books', fast: false, rule: 'negative in brackets' },
	{ row: 'A1,17,2024-01-05,+5,books', fast: false, rule: 'plus sign' },
	{ row: 'A1,17,2024-01-05,1e3,books', fast: false, rule: 'exponent' },
	{ row: 'A1,17,2024-01-05,.5,books', fast: false, rule: 'no digit before the point' },
	{ row: 'A1,17,2024-01-05,5.,books', fast: false, rule: 'no digit after the point' },
	{ row: 'A1,17,2024-01-05,1.2.3,books', fast: false, rule: 'two points' },
	{ row: "A1,17,2024-01-05,1'234.50,books", fast: false, rule: 'apostrophe thousands' },
	{ row: 'A1,17,2024-01-05,1 234.50,books', fast: false, rule: 'space thousands' },
	{ row: 'A1,17,2024-01-05,2.5 ,books', fast: false, rule: 'padded amount' },
	{ row: 'A1,17,2024-01-05,inf,books', fast: false, rule: 'infinity' },
	{ row: 'A1,17,2024-01-05,NaN,books', fast: false, rule: 'NaN' },
	// Fields.
	{ row: 'A1,17,2024-01-05,3', fast: false, rule: 'short row (the category is mapped)' },
	{ row: 'A1,17,2024-01-05,3,', fast: true, rule: 'empty category' },
	{ row: 'A1,17,2024-01-05,3,books,extra,fields', fast: true, rule: 'extra fields' },
	{ row: 'A1,17,2024-01-05,3,say "hi"', fast: false, rule: 'quote in another cell' },
	{ row: `A1,17,2024-01-05,3,${LONG}`, fast: false, rule: 'cell past 32,767 characters' }
];

const dir = mkdtempSync(join(tmpdir(), 'fast-rows-test-'));
let db: DuckDBInstance;
let con: DuckDBConnection;
let mapping: Mapping;

beforeAll(async () => {
	db = await DuckDBInstance.create(':memory:');
	con = await db.connect();
	// One mapping for every case, as the app suggests it for a clean file with these columns.
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

describe('fastRowsSql: a fast row is one the app accepts with the same values', () => {
	it.each(cases)('$rule: $row', async ({ row, fast }) => {
		const text = `${HEADER}\n${row}\n`;
		const file = join(dir, 'case.csv');
		writeFileSync(file, text);
		await con.run('DROP TABLE IF EXISTS staged');
		await con.run(fastRowsSql(file, mapping, TODAY, linesBeforeData(text, mapping), 5));
		const got = (
			await con.runAndReadAll(
				`SELECT fast, customer_id, order_id, (date - DATE '1970-01-01')::INTEGER AS day, amount
				 FROM staged`
			)
		).getRowObjectsJS();
		expect(got.length).toBe(1);
		expect(got[0].fast).toBe(fast);
		if (!fast) return;
		const app = importBytes(new Uint8Array(readFileSync(file)), mapping, TODAY);
		expect(app.report.accepted).toBe(1);
		const c = app.columns;
		expect([got[0].customer_id, got[0].order_id, got[0].day, got[0].amount]).toEqual([
			dictLabel(c.customerId),
			dictLabel(c.orderId),
			firstValue(c.date),
			firstValue(c.amount)
		]);
	});

	it('other date formats (day first) never take the fast road', async () => {
		const text = `customer;date;amount\nA;05/01/2024;10,50\n`;
		const file = join(dir, 'dmy.csv');
		writeFileSync(file, text);
		const m = mapBytes(new TextEncoder().encode(text), file, {}, 'transactions').mapping;
		expect(m.columns.find((c) => c.role === 'date')?.dateFormat).toBe('dmy');
		await con.run('DROP TABLE IF EXISTS staged');
		await con.run(fastRowsSql(file, m, TODAY, linesBeforeData(text, m), 3));
		const got = (await con.runAndReadAll('SELECT fast FROM staged')).getRowObjectsJS();
		expect(got).toEqual([{ fast: false }]);
	});
});

describe('every case together through summarize: the app’s counts and RFM', () => {
	it('rows read, rejected by reason, and R, F, M per customer equal cli rfm', async () => {
		// No quote here: a quote sends the whole file to the JavaScript reader.
		const rows = cases.filter((c) => !c.row.includes('"')).map((c) => c.row);
		// Rows without an order id count distinct purchase days (and twice the same day once).
		rows.push(
			'N1,,2024-03-01,4,x',
			'N1,,2024-03-01,5,x',
			'N1,,2024-03-02,6,x',
			'N1,9,2024-03-02,1,x'
		);
		const file = join(dir, 'all-cases.csv');
		writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
		const bytes = new Uint8Array(readFileSync(file));
		const { mapping: m } = mapBytes(bytes, file, {}, 'transactions');
		const now = new Date();
		const today = dayFromISO(now.toISOString().slice(0, 10)) + 1;
		const app = importBytes(bytes, m, today);
		const out = join(dir, 'all-cases.out.csv');
		const r = await summarizeCommand(file, { what: 'rfm', 'as-of': '2025-06-30', out });
		expect(r.reader).toBe('duckdb');
		expect(r.rowsRead).toBe(app.report.rowsRead);
		expect(r.rejectedByReason).toEqual(app.report.rejected.byReason);
		const cli = await rfmCommand(file, { 'as-of': '2025-06-30' });
		const written: string[][] = [];
		parseText(readFileSync(out, 'utf8'), {
			delimiter: ',',
			onChunk: (c) => void written.push(...c.rows)
		});
		const lines = written.slice(1).filter((x) => !(x.length === 1 && x[0] === ''));
		const byId = new Map(lines.map((x) => [x[0], x]));
		expect(byId.size).toBe(cli.customers.length);
		expect(byId.get('N1')?.[2]).toBe('3');
		for (const c of cli.customers) {
			const got = byId.get(c.customerId)!;
			expect([got[1], got[2]]).toEqual([String(c.recency), String(c.frequency)]);
			// Money to the cent, both sides summed in cents (A1 holds 1e13): the same double.
			expect(Number(got[3])).toBe(c.monetary);
		}
	});
});
