// How many passes a file takes, and the ranges' SQL conditions: each customer id falls in
// exactly one range, ranges follow each other in DuckDB's byte order.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { customerBounds, passCount, rangeConditions } from './customerRanges';

describe('passCount', () => {
	it.each([
		// rows, memory MB, threads, passes
		{ rows: 0, mb: 256, threads: 2, passes: 1 },
		{ rows: 57_663, mb: 256, threads: 2, passes: 1 },
		{ rows: 12_800_000, mb: 256, threads: 2, passes: 1 },
		{ rows: 12_800_001, mb: 256, threads: 2, passes: 2 },
		// the 1 GB benchmark file
		{ rows: 23_772_216, mb: 256, threads: 2, passes: 2 },
		{ rows: 23_772_216, mb: 4096, threads: 2, passes: 1 },
		// the 5 GB benchmark file
		{ rows: 117_000_000, mb: 256, threads: 2, passes: 10 },
		{ rows: 117_000_000, mb: 1024, threads: 2, passes: 3 },
		{ rows: 117_000_000, mb: 4096, threads: 2, passes: 1 },
		{ rows: 117_000_000, mb: 256, threads: 1, passes: 5 },
		{ rows: 23_772_216, mb: 256, threads: 8, passes: 8 }
	])('$rows rows, $mb MB, $threads threads: $passes', ({ rows, mb, threads, passes }) => {
		expect(passCount(rows, mb, threads)).toBe(passes);
	});
});

describe('rangeConditions', () => {
	it.each([
		{ bounds: [], sql: ['true'] },
		{ bounds: ['M'], sql: [`customer_id <= 'M'`, `customer_id > 'M'`] },
		// a repeated bound (one customer with many rows) gives no empty range
		{
			bounds: ['B', 'B', "O'Neil"],
			sql: [
				`customer_id <= 'B'`,
				`customer_id > 'B' AND customer_id <= 'O''Neil'`,
				`customer_id > 'O''Neil'`
			]
		}
	])('$bounds', ({ bounds, sql }) => {
		expect(rangeConditions(bounds)).toEqual(sql);
	});

	it('puts every id in exactly one range, in DuckDB’s order', async () => {
		const instance = await DuckDBInstance.create(':memory:');
		const con = await instance.connect();
		try {
			const ids = ['a', 'B', 'b', '00017', '17', 'é', 'z z', "O'Neil", '', 'Ω', 'zz'];
			await con.run(
				`CREATE TEMP TABLE loaded AS SELECT unnest([${ids.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]) AS customer_id`
			);
			for (const passes of [2, 3, 5]) {
				const conditions = rangeConditions(await customerBounds(con, passes, ids.length));
				const seen: string[] = [];
				for (const c of conditions) {
					const rows = (
						await con.runAndReadAll(
							`SELECT customer_id FROM loaded WHERE ${c} ORDER BY customer_id`
						)
					).getRows();
					seen.push(...rows.map((r) => String(r[0])));
				}
				const all = (
					await con.runAndReadAll('SELECT customer_id FROM loaded ORDER BY customer_id')
				).getRows();
				// The ranges, read one after the other, are the one sorted list: nothing twice or lost.
				expect(seen).toEqual(all.map((r) => String(r[0])));
				expect(conditions.length).toBeGreaterThan(1);
			}
		} finally {
			con.closeSync();
			instance.closeSync();
		}
	});
});
