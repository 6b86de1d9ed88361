// The PostgreSQL SQL of docs/sql, run on a real (throwaway) PostgreSQL server on the teaching
// sample, must give the engine's RFM table, BTYD summary and monthly cohort matrix — as
// sqlEquality.test.ts checks the DuckDB files. Skipped, with the reason printed, only where no
// PostgreSQL can be installed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../src/lib/analytics/clv/clvSummary';
import { customerTable } from '../../src/lib/analytics/customers/customerTable';
import { dayFromISO, monthIndex } from '../../src/lib/analytics/dates';
import { cohortTable } from '../../src/lib/analytics/lifecycle/cohortTable';
import { customerDays } from '../../src/lib/analytics/lifecycle/customerDays';
import type { TransactionTable } from '../../src/lib/analytics/types';
import { parseText } from '../../src/lib/data/parse/parseText';
import { importBytes } from '../../src/lib/data/pipeline/importBytes';
import { previewFile } from '../../src/lib/data/pipeline/previewFile';
import { toTransactionTable } from '../../src/lib/data/tables/toTables';
import { findPostgres, startPostgres, type Postgres } from '../helpers/throwawayPostgres';

const FILE = 'static/samples/retail/transactions.csv';
const AS_OF = '2025-01-01';
const CAL_END = '2023-12-31';

const found = findPostgres();
if ('skip' in found) console.warn(`sqlPostgres.test.ts skipped: ${found.skip}`);

type Row = Record<string, string>;
let pg: Postgres | null = null;
let tx: TransactionTable;

function rows(name: string, vars: Record<string, string>): Row[] {
	let sql = readFileSync(`docs/sql/${name}.postgres.sql`, 'utf8');
	for (const [k, v] of Object.entries(vars)) sql = sql.replaceAll(`{{${k}}}`, v);
	const all: string[][] = [];
	parseText(pg!.csv(sql), { delimiter: ',', onChunk: (c) => void all.push(...c.rows) });
	const [header, ...body] = all.filter((r) => !(r.length === 1 && r[0] === ''));
	return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe.skipIf('skip' in found)('docs/sql PostgreSQL files vs the engine (a real server)', () => {
	beforeAll(async () => {
		if (!('bin' in found)) return;
		pg = await startPostgres(found.bin);
		pg.csv(
			'CREATE TABLE transactions (order_id text, customer_id text, date date, amount double precision, category text, channel text)'
		);
		pg.csv(
			'\\copy transactions FROM STDIN WITH (FORMAT csv, HEADER true)',
			readFileSync(FILE, 'utf8')
		);
		const bytes = new Uint8Array(readFileSync(FILE));
		tx = toTransactionTable(
			importBytes(bytes, previewFile(bytes, FILE).mapping, dayFromISO('2030-01-01'))
		);
	}, 600_000);
	afterAll(() => pg?.stop());

	it('the sample is loaded whole', () => {
		const csv = pg!.csv('SELECT count(*) AS n FROM transactions');
		expect(Number(csv.split('\n')[1])).toBe(tx.length);
	});

	it('RFM table', () => {
		const sql = rows('rfm', { as_of: AS_OF });
		const m = customerTable(tx, { asOf: dayFromISO(AS_OF) });
		expect(sql.length).toBe(m.length);
		expect(m.length).toBeGreaterThan(4000);
		const byId = new Map(sql.map((r) => [r.customer_id, r]));
		for (let i = 0; i < m.length; i++) {
			const r = byId.get(m.ids[i])!;
			expect([Number(r.recency), Number(r.frequency), Number(r.tenure)]).toEqual([
				m.recency[i],
				m.frequency[i],
				m.tenure[i]
			]);
			expect(Number(r.monetary)).toBeCloseTo(m.monetary![i], 6);
		}
	});

	it('BTYD summary', () => {
		const sql = rows('btyd', { calibration_end: CAL_END });
		const s = clvSummary(tx, { calibrationEnd: dayFromISO(CAL_END), unit: 'week' });
		expect(sql.length).toBe(s.length);
		const byId = new Map(sql.map((r) => [r.customer_id, r]));
		let repeaters = 0;
		for (let i = 0; i < s.length; i++) {
			const r = byId.get(s.ids[i])!;
			expect(Number(r.x)).toBe(s.x[i]);
			expect(Number(r.t_x)).toBeCloseTo(s.tx[i], 9);
			expect(Number(r.T)).toBeCloseTo(s.T[i], 9);
			const mean = r.mean_repeat_spend === '' ? 0 : Number(r.mean_repeat_spend);
			expect(mean).toBeCloseTo(s.meanSpend[i], 6);
			if (s.x[i] > 0) repeaters++;
		}
		expect(repeaters).toBeGreaterThan(1000);
	});

	it('monthly cohort matrix (active customers)', () => {
		const sql = rows('cohorts', { as_of: AS_OF });
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
