// The BigQuery and Spark SQL files of docs/sql cannot be executed here (no BigQuery, no Spark):
// they are parsed by node-sql-parser's grammar for their dialect — BigQuery's, and Hive's for
// Spark SQL (Spark's SQL grew out of HiveQL; the parser has no Spark grammar) — which catches
// syntax errors and constructs a dialect lacks, and reads which tables and columns each
// statement uses. docs/scale.md says which dialects are executed and which only parsed.
import { readFileSync } from 'node:fs';
import pkg from 'node-sql-parser';
import { describe, expect, it } from 'vitest';

const { Parser } = pkg;
const parser = new Parser();

function load(name: string, dialect: string): string {
	return readFileSync(`docs/sql/${name}.${dialect}.sql`, 'utf8')
		.replaceAll('{{as_of}}', '2025-01-01')
		.replaceAll('{{calibration_end}}', '2023-12-31');
}

const FILES = [
	{ dialect: 'bigquery', database: 'BigQuery', table: 'project.dataset.transactions' },
	{ dialect: 'spark', database: 'Hive', table: 'transactions' }
].flatMap((d) => ['rfm', 'btyd', 'cohorts'].map((name) => ({ ...d, name })));

describe('docs/sql BigQuery and Spark SQL files parse in their dialect', () => {
	it.each(FILES)('$name in $dialect ($database grammar)', ({ name, dialect, database, table }) => {
		const sql = load(name, dialect);
		const ast = parser.astify(sql, { database });
		expect(Array.isArray(ast) ? ast.length : 1).toBe(1);
		// One statement reading the transactions table, under its dialect's name (the rest of the
		// list is the statement's own WITH names).
		const tables = parser.tableList(sql, { database }).map((t) => t.split('::').pop());
		expect(tables).toContain(table);
		expect(tables.filter((t) => t !== table).every((t) => t && t.length <= 4)).toBe(true);
	});

	it('the grammars are not lenient: a broken statement and a dialect’s missing syntax fail', () => {
		expect(() =>
			parser.astify('SELECT customer_id, FROM transactions GROUP', { database: 'BigQuery' })
		).toThrow();
		// COUNT(*) FILTER (WHERE …) is PostgreSQL's, not BigQuery's (hence COUNTIF there).
		expect(() => parser.astify(load('btyd', 'postgres'), { database: 'BigQuery' })).toThrow();
		expect(() => parser.astify(load('btyd', 'postgres'), { database: 'Hive' })).toThrow();
	});
});
