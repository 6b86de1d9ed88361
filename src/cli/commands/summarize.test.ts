// `cli summarize` loads a file into DuckDB with the app's row rules and runs docs/sql there; on
// the teaching sample (and the same rows shuffled with CRLF line breaks), every summary must equal
// what the app's engine computes with the whole table in memory (and what docs/sql computes in
// DuckDB on a table read directly). Sums of amounts may differ in the last bits (DuckDB adds in
// another order), so money is compared to 1e-9 relative; everything else exactly.
import { execFileSync, spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../lib/analytics/clv/clvSummary';
import { customerTable } from '../../lib/analytics/customers/customerTable';
import { dayFromISO } from '../../lib/analytics/dates';
import { cohortTable } from '../../lib/analytics/lifecycle/cohortTable';
import { customerDays } from '../../lib/analytics/lifecycle/customerDays';
import type { TransactionTable } from '../../lib/analytics/types';
import { parseText } from '../../lib/data/parse/parseText';
import { importBytes } from '../../lib/data/pipeline/importBytes';
import { previewFile } from '../../lib/data/pipeline/previewFile';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { CliError } from '../args';
import { fitCommand } from './fit';
import { rfmCommand } from './rfm';
import { summarizeCommand, type SummarizeOutput } from './summarize';

const FILE = 'static/samples/retail/transactions.csv';
const AS_OF = '2025-01-01';
// Late in the file, so most customers have rows on both sides of every chunk boundary.
const CAL_END = '2024-06-30';

const dir = mkdtempSync(join(tmpdir(), 'summarize-test-'));
let memory: TransactionTable;
let shuffledFile: string;
let shuffled: TransactionTable;

function inMemory(file: string): TransactionTable {
	const bytes = new Uint8Array(readFileSync(file));
	return toTransactionTable(
		importBytes(bytes, previewFile(bytes, file).mapping, dayFromISO('2030-01-01'))
	);
}

/** Runs the command into a CSV file; returns its JSON report and the rows by first cell. */
async function summarize(
	file: string,
	options: Record<string, string>
): Promise<{ r: SummarizeOutput; header: string[]; rows: string[][] }> {
	const out = join(dir, `out-${Math.random().toString(36).slice(2)}.csv`);
	const r = await summarizeCommand(file, { ...options, out });
	const all: string[][] = [];
	parseText(readFileSync(out, 'utf8'), {
		delimiter: ',',
		onChunk: (c) => void all.push(...c.rows)
	});
	const rows = all.filter((x) => !(x.length === 1 && x[0] === ''));
	return { r, header: rows[0], rows: rows.slice(1) };
}

async function problem(file: string, options: Record<string, string>): Promise<string> {
	try {
		await summarizeCommand(file, { out: join(dir, 'never.csv'), ...options });
	} catch (e) {
		expect(e).toBeInstanceOf(CliError);
		return (e as Error).message;
	}
	throw new Error('no error');
}

const ourTempFolders = () => readdirSync(tmpdir()).filter((n) => n.startsWith('crm-summarize-'));

beforeAll(() => {
	memory = inMemory(FILE);
	// The same rows in a scrambled order with CRLF line breaks: nothing may depend on sorting.
	const lines = readFileSync(FILE, 'utf8').trimEnd().split('\n');
	const body = lines.slice(1);
	const scrambled = body.map((_, i) => body[(i * 7919) % body.length]);
	expect(new Set(scrambled).size).toBe(body.length);
	shuffledFile = join(dir, 'shuffled.csv');
	writeFileSync(shuffledFile, [lines[0], ...scrambled].join('\r\n') + '\r\n');
	shuffled = inMemory(shuffledFile);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('summarize --what btyd', () => {
	it('equals the in-memory clvSummary (counts and times exactly)', async () => {
		const { r, header, rows } = await summarize(FILE, {
			what: 'btyd',
			'calibration-end': CAL_END
		});
		expect(header).toEqual(['customer_id', 'frequency', 'recency', 'T', 'monetary']);
		const s = clvSummary(memory, { calibrationEnd: dayFromISO(CAL_END), unit: 'week' });
		expect(rows.length).toBe(s.length);
		const byId = new Map(rows.map((x) => [x[0], x]));
		for (let i = 0; i < s.length; i++) {
			const got = byId.get(s.ids[i])!;
			expect(got.slice(0, 4)).toEqual([s.ids[i], String(s.x[i]), String(s.tx[i]), String(s.T[i])]);
			if (s.spendCount[i] > 0) expect(Number(got[4])).toBeCloseTo(s.meanSpend[i], 9);
			else expect(got[4]).toBe('');
		}
		expect(r.customers).toBe(s.length);
		expect(r.rowsRead).toBe(memory.length);
	});

	it('equals docs/sql/btyd.duckdb.sql in DuckDB', async () => {
		const { rows } = await summarize(FILE, {
			what: 'btyd',
			'calibration-end': CAL_END
		});
		const db = await DuckDBInstance.create(':memory:');
		const con = await db.connect();
		await con.run(
			`CREATE TABLE transactions AS SELECT * FROM read_csv('${FILE}', header = true, columns = {'order_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE', 'category': 'VARCHAR', 'channel': 'VARCHAR'})`
		);
		const sql = readFileSync('docs/sql/btyd.duckdb.sql', 'utf8').replaceAll(
			'{{calibration_end}}',
			CAL_END
		);
		const want = (await con.runAndReadAll(sql)).getRowObjectsJS();
		expect(rows.length).toBe(want.length);
		const byId = new Map(rows.map((x) => [x[0], x]));
		for (const w of want) {
			const got = byId.get(String(w.customer_id))!;
			expect(Number(got[1])).toBe(Number(w.x));
			expect(Number(got[2])).toBeCloseTo(Number(w.t_x), 9);
			expect(Number(got[3])).toBeCloseTo(Number(w.T), 9);
			if (w.mean_repeat_spend === null) expect(got[4]).toBe('');
			else expect(Number(got[4])).toBeCloseTo(Number(w.mean_repeat_spend), 6);
		}
	});

	it('unsorted rows with CRLF: equal to the in-memory summary of the same file', async () => {
		const { rows } = await summarize(shuffledFile, {
			what: 'btyd',
			unit: 'day'
		});
		// Default calibration end: the last day in the file, as `cli fit` uses.
		let last = -Infinity;
		for (let i = 0; i < shuffled.length; i++) last = Math.max(last, shuffled.day[i]);
		const s = clvSummary(shuffled, { calibrationEnd: last, unit: 'day' });
		const byId = new Map(rows.map((x) => [x[0], x]));
		expect(rows.length).toBe(s.length);
		for (let i = 0; i < s.length; i++)
			expect(byId.get(s.ids[i])!.slice(1, 4)).toEqual([
				String(s.x[i]),
				String(s.tx[i]),
				String(s.T[i])
			]);
	});
});

describe('other file shapes', () => {
	it('CDNOW sample (whitespace-aligned, no header, no order id): btyd equals the engine', async () => {
		const cdnow = 'tests/fixtures/cdnow/CDNOW_sample.txt';
		const { r, rows } = await summarize(cdnow, {
			what: 'btyd',
			'calibration-end': '1997-09-30'
		});
		// Whitespace-aligned columns: DuckDB cannot split them, the app's reader does.
		expect(r.reader).toBe('javascript');
		const s = clvSummary(inMemory(cdnow), {
			calibrationEnd: dayFromISO('1997-09-30'),
			unit: 'week'
		});
		// The textbook's 2357 customers, all first buying in the first quarter of 1997.
		expect(s.length).toBe(2357);
		const byId = new Map(rows.map((x) => [x[0], x]));
		for (let i = 0; i < s.length; i++)
			expect(byId.get(s.ids[i])!.slice(1, 4)).toEqual([
				String(s.x[i]),
				String(s.tx[i]),
				String(s.T[i])
			]);
	});

	it('the btyd CSV is read back as a customer summary: BG/NBD fits as on the transactions', async () => {
		const cdnow = 'tests/fixtures/cdnow/CDNOW_sample.txt';
		const out = join(dir, 'cdnow-summary.csv');
		await summarizeCommand(cdnow, { what: 'btyd', 'calibration-end': '1997-09-30', out });
		const fromSummary = await fitCommand(out, { model: 'bgnbd' });
		const fromTx = await fitCommand(cdnow, { model: 'bgnbd', 'calibration-end': '1997-09-30' });
		expect(fromSummary.params).toEqual(fromTx.params);
		// Published BG/NBD on this sample (REFERENCES.md): r 0.2426, α 4.4136, a 0.793, b 2.4262.
		expect(fromSummary.params.r).toBeCloseTo(0.2426, 3);
		expect(fromSummary.params.alpha).toBeCloseTo(4.4136, 2);
	});

	it('no amount column: rfm leaves monetary and m blank, as cli rfm has them null', async () => {
		const file = join(dir, 'no-amount.csv');
		const lines = readFileSync(FILE, 'utf8').trimEnd().split('\n');
		writeFileSync(file, lines.map((l) => l.split(',').slice(0, 3).join(',')).join('\n') + '\n');
		const { rows } = await summarize(file, { what: 'rfm' });
		const app = await rfmCommand(file, {});
		expect(app.customers[0].monetary).toBeNull();
		const byId = new Map(rows.map((x) => [x[0], x]));
		expect(rows.length).toBe(app.customers.length);
		for (const c of app.customers) {
			const got = byId.get(c.customerId)!;
			expect([got[1], got[2], got[3], got[5], got[6], got[7], got[9]]).toEqual([
				String(c.recency),
				String(c.frequency),
				'',
				String(c.r),
				String(c.f),
				'',
				c.segment
			]);
		}
	});
});

describe('summarize --what rfm', () => {
	it.each([
		{ file: () => FILE, asOf: AS_OF },
		{ file: () => shuffledFile, asOf: undefined }
	])(
		'equals cli rfm (the app’s segments path) customer by customer (as-of $asOf)',
		async ({ file, asOf }) => {
			const opts: Record<string, string> = asOf ? { 'as-of': asOf } : {};
			const { r, header, rows } = await summarize(file(), {
				what: 'rfm',
				...opts
			});
			expect(header).toEqual([
				'customer_id',
				'recency',
				'frequency',
				'monetary',
				'tenure',
				'r',
				'f',
				'm',
				'score',
				'segment'
			]);
			const app = await rfmCommand(file(), opts);
			const tx = file() === FILE ? memory : shuffled;
			// A transaction file always has an analysis date (null is for customer summaries).
			expect(app.asOf).not.toBeNull();
			const m = customerTable(tx, { asOf: dayFromISO(app.asOf ?? '') });
			const tenure = new Map(m.ids.map((id, i) => [id, m.tenure[i]]));
			expect(rows.length).toBe(app.customers.length);
			const byId = new Map(rows.map((x) => [x[0], x]));
			for (const c of app.customers) {
				const got = byId.get(c.customerId)!;
				expect([...got.slice(0, 3), ...got.slice(4)]).toEqual([
					c.customerId,
					String(c.recency),
					String(c.frequency),
					String(tenure.get(c.customerId)),
					String(c.r),
					String(c.f),
					String(c.m),
					String(100 * c.r + 10 * c.f + (c.m ?? 0)),
					c.segment
				]);
				expect(Number(got[3])).toBeCloseTo(c.monetary!, 9);
			}
			expect(r.reader).toBe('duckdb');
		}
	);
});

describe('summarize --what cohorts', () => {
	it('equals the in-memory monthly cohort matrix (counts exactly, revenue to 1e-9)', async () => {
		const { header, rows } = await summarize(FILE, {
			what: 'cohorts',
			'as-of': AS_OF
		});
		expect(header).toEqual([
			'cohort',
			'period',
			'size',
			'customers',
			'retention',
			'revenue',
			'cumulative'
		]);
		const t = cohortTable(customerDays(memory, dayFromISO(AS_OF)), { grain: 'month' });
		const want: string[][] = [];
		for (const c of t.cohorts)
			for (let k = 0; c.active[k] !== null && k < t.width; k++)
				want.push([
					c.label,
					String(k),
					String(c.size),
					String(c.active[k]),
					String(c.retention[k])
				]);
		expect(rows.map((x) => x.slice(0, 5))).toEqual(want);
		let i = 0;
		for (const c of t.cohorts)
			for (let k = 0; c.active[k] !== null && k < t.width; k++, i++) {
				expect(Number(rows[i][5])).toBeCloseTo(c.revenue![k]!, 9);
				expect(Number(rows[i][6])).toBeCloseTo(c.cumulative![k]!, 9);
			}
		expect(want.length).toBeGreaterThan(500);
	});
});

describe('summarize: options and bad input', () => {
	const png = join(dir, 'photo.csv');
	const noId = join(dir, 'no-id.csv');
	const empty = join(dir, 'empty.csv');
	const folder = join(dir, 'folder');
	const ok = join(dir, 'ok.csv');
	beforeAll(() => {
		writeFileSync(
			png,
			Uint8Array.of(
				0x89,
				0x50,
				0x4e,
				0x47,
				0x0d,
				0x0a,
				0x1a,
				0x0a,
				0,
				0,
				0,
				13,
				0x49,
				0x48,
				0x44,
				0x52
			)
		);
		writeFileSync(noId, 'date,amount\n2024-01-01,5\n2024-01-02,6\n');
		writeFileSync(empty, '');
		mkdirSync(folder);
		writeFileSync(ok, 'customer,date,amount\nA,2024-01-01,5\nA,2024-01-08,6\nB,2024-01-02,7\n');
	});

	// The same sentence the other commands print (they read the file through loadFile).
	it.each([
		{ name: 'a binary file', file: () => png },
		{ name: 'a file without a customer id column', file: () => noId },
		{ name: 'an empty file', file: () => empty },
		{ name: 'a folder', file: () => folder },
		{ name: 'a missing file', file: () => join(dir, 'missing.csv') }
	])('$name: the message of cli rfm', async ({ file }) => {
		const before = ourTempFolders();
		const mine = await problem(file(), { what: 'btyd' });
		const theirs = await rfmCommand(file(), {}).then(
			() => 'no error',
			(e: Error) => e.message
		);
		expect(mine).toBe(theirs);
		expect(mine).toContain(file());
		expect(ourTempFolders()).toEqual(before);
	});

	it.each([
		[{}, '--what is required (rfm, btyd, cohorts)'],
		[{ what: 'clv' }, 'unknown summary "clv" (use rfm, btyd, cohorts)'],
		[{ what: 'rfm', 'memory-mb': '0' }, '--memory-mb must be a positive number (got "0")'],
		[{ what: 'rfm', 'memory-mb': '10' }, '--memory-mb must be at least 64 (got "10")'],
		[{ what: 'btyd', unit: 'year' }, 'unknown unit "year" (use day, week or month)'],
		[{ what: 'rfm', 'as-of': '2024-13-01' }, '--as-of "2024-13-01" is not a date (use YYYY-MM-DD)']
	])('%o → %s', async (options, message) => {
		expect(await problem(FILE, options)).toBe(message);
	});

	it('no customer before the calibration end: a clear message, not an empty file', async () => {
		expect(await problem(FILE, { what: 'btyd', 'calibration-end': '2000-01-01' })).toBe(
			'No customer made a first purchase on or before the calibration end.'
		);
	});

	it('the real CLI: CSV alone on stdout; bad input exits 2 with one line on stderr', async () => {
		const tsx = 'node_modules/.bin/tsx';
		const csv = execFileSync(tsx, ['src/cli/main.ts', 'summarize', ok, '--what', 'btyd'], {
			env: { ...process.env, TZ: 'UTC' },
			input: '',
			stdio: ['pipe', 'pipe', 'pipe']
		}).toString();
		expect(csv.split('\n')[0]).toBe('customer_id,frequency,recency,T,monetary');
		expect(csv).not.toContain('{');
		let code = 0;
		let stderr = '';
		try {
			execFileSync(tsx, ['src/cli/main.ts', 'summarize', png, '--what', 'rfm'], {
				stdio: ['pipe', 'pipe', 'pipe']
			});
		} catch (e) {
			code = (e as { status: number }).status;
			stderr = String((e as { stderr: Buffer }).stderr);
		}
		expect(code).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/^error: .*photo\.csv/);
	}, 60_000);

	it('Ctrl-C during a run removes the temp folder', async () => {
		// ~40 MB (the sample's rows 16 times over): a few seconds of work to interrupt.
		const big = join(dir, 'big.csv');
		const [header, ...body] = readFileSync(FILE, 'utf8').trimEnd().split('\n');
		const block = body.join('\n') + '\n';
		writeFileSync(big, header + '\n' + block.repeat(16));
		const before = new Set(ourTempFolders());
		const child = spawn(
			'node_modules/.bin/tsx',
			['src/cli/main.ts', 'summarize', big, '--what', 'btyd', '--out', join(dir, 'big-out.csv')],
			{ stdio: 'ignore' }
		);
		const exited = new Promise<number | null>((resolve) =>
			child.on('exit', (code) => resolve(code))
		);
		let folder: string | undefined;
		for (let i = 0; i < 200 && !folder; i++) {
			await new Promise((r) => setTimeout(r, 50));
			folder = ourTempFolders().find((f) => !before.has(f));
		}
		expect(folder).toBeDefined();
		child.kill('SIGINT');
		expect(await exited).not.toBe(0);
		// tsx passes the signal on to the node process that runs the CLI: give it a moment.
		const path = join(tmpdir(), folder ?? '');
		for (let i = 0; i < 100 && existsSync(path); i++) await new Promise((r) => setTimeout(r, 50));
		expect(existsSync(path)).toBe(false);
	}, 60_000);
});
