// The SQL of docs/scale.md, run in DuckDB on the teaching sample, must give the same RFM table,
// BTYD summary and cohort matrix as the in-browser engine — so users with billions of rows can
// compute them where their data lives and trust the result.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { previewFile } from '../../src/lib/data/pipeline/previewFile';
import { importBytes } from '../../src/lib/data/pipeline/importBytes';
import { toTransactionTable } from '../../src/lib/data/tables/toTables';
import { customerTable } from '../../src/lib/analytics/customers/customerTable';
import { clvSummary } from '../../src/lib/analytics/clv/clvSummary';
import { customerDays } from '../../src/lib/analytics/lifecycle/customerDays';
import { cohortTable } from '../../src/lib/analytics/lifecycle/cohortTable';
import { dayFromISO, monthIndex } from '../../src/lib/analytics/dates';
import type { TransactionTable } from '../../src/lib/analytics/types';

const FILE = 'static/samples/retail/transactions.csv';
const AS_OF = '2025-01-01';
const CAL_END = '2023-12-31';

type Row = Record<string, unknown>;
let rows: (name: string, vars: Record<string, string>) => Promise<Row[]>;
let tx: TransactionTable;

beforeAll(async () => {
	const db = await DuckDBInstance.create(':memory:');
	const con = await db.connect();
	await con.run(
		`CREATE TABLE transactions AS SELECT * FROM read_csv('${FILE}', header = true, columns = {'order_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE', 'category': 'VARCHAR', 'channel': 'VARCHAR'})`
	);
	rows = async (name, vars) => {
		let sql = readFileSync(`docs/sql/${name}.duckdb.sql`, 'utf8');
		for (const [k, v] of Object.entries(vars)) sql = sql.replaceAll(`{{${k}}}`, v);
		const reader = await con.runAndReadAll(sql);
		return reader.getRowObjectsJS() as Row[];
	};
	const bytes = new Uint8Array(readFileSync(FILE));
	const preview = previewFile(bytes, FILE);
	tx = toTransactionTable(importBytes(bytes, preview.mapping, dayFromISO('2030-01-01')));
}, 60_000);

describe('docs/sql vs the engine on the teaching sample', () => {
	it('RFM table', async () => {
		const sql = await rows('rfm', { as_of: AS_OF });
		// The engine's asOf is inclusive of purchases that day; SQL uses <= too.
		const m = customerTable(tx, { asOf: dayFromISO(AS_OF) });
		expect(sql.length).toBe(m.length);
		expect(m.length).toBeGreaterThan(4000);
		const byId = new Map(sql.map((r) => [r.customer_id as string, r]));
		let checked = 0;
		for (let i = 0; i < m.length; i++) {
			const r = byId.get(m.ids[i])!;
			expect([Number(r.recency), Number(r.frequency), Number(r.tenure)]).toEqual([
				m.recency[i],
				m.frequency[i],
				m.tenure[i]
			]);
			expect(Number(r.monetary)).toBeCloseTo(m.monetary![i], 6);
			checked++;
		}
		expect(checked).toBe(m.length);
	});

	it('BTYD summary', async () => {
		const sql = await rows('btyd', { calibration_end: CAL_END });
		const s = clvSummary(tx, { calibrationEnd: dayFromISO(CAL_END), unit: 'week' });
		expect(sql.length).toBe(s.length);
		const byId = new Map(sql.map((r) => [r.customer_id as string, r]));
		let repeaters = 0;
		for (let i = 0; i < s.length; i++) {
			const r = byId.get(s.ids[i])!;
			expect(Number(r.x)).toBe(s.x[i]);
			expect(Number(r.t_x)).toBeCloseTo(s.tx[i], 9);
			expect(Number(r.T)).toBeCloseTo(s.T[i], 9);
			const mean = r.mean_repeat_spend === null ? 0 : Number(r.mean_repeat_spend);
			expect(mean).toBeCloseTo(s.meanSpend[i], 6);
			if (s.x[i] > 0) repeaters++;
		}
		expect(repeaters).toBeGreaterThan(1000);
	});

	it('monthly cohort matrix (active customers)', async () => {
		const sql = await rows('cohorts', { as_of: AS_OF });
		const table = cohortTable(customerDays(tx, dayFromISO(AS_OF)), { grain: 'month' });
		const engine = new Map<string, number>();
		for (const c of table.cohorts)
			c.active.forEach(
				(v, k) => v !== null && v > 0 && engine.set(`${monthIndex(c.start)}|${k}`, v)
			);
		const fromSql = new Map(
			sql.map((r) => [`${Number(r.cohort) - 1970 * 12}|${Number(r.k)}`, Number(r.active)])
		);
		expect(fromSql.size).toBeGreaterThan(500);
		expect(Object.fromEntries(fromSql)).toEqual(Object.fromEntries(engine));
	});
});
