// Runs a per-customer summary over the loaded rows in a few passes, each over one range of
// customer ids, when the file has too many rows for DuckDB's hash aggregates to finish under
// --memory-mb in one go. Why: DuckDB's GROUP BY spills its partitions to disk while it reads,
// but it finishes (finalizes) one partition at a time IN memory, with one partition in flight
// per thread — and it cuts the groups into fewer partitions the lower the memory limit (at
// 256 MB and 2 threads about 32, at most 256). The memory a pass needs therefore grows with its
// groups: the (customer, day) merge of the 5 GB benchmark file (117 M rows, ~111 M groups)
// failed at 256 MB ("failed to allocate data of size 32.0 MiB", a partition's hash table)
// while the 1 GB file (23.5 M groups) fit. A range holds every row of its customers, so each
// customer's summary is the same whichever range computes it; ranges are read in id order, so
// output stays sorted by customer id. One pass (every test file) runs the SQL exactly as before.
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './fastRowsSql';

/**
 * Rows one pass may hold per MB of --memory-mb and per DuckDB thread. Measured (docs/scale.md,
 * "Memory"): the 1 GB file's 23.8 M rows ran in one pass at 256 MB on 2 threads (186 k rows per
 * MB per thread) and failed at 128 MB; the 5 GB file in five passes of ~23 M rows at 256 MB
 * failed in its third. Half of what ran once, so a pass is well inside what ran.
 */
export const ROWS_PER_MB_THREAD = 100_000;

/**
 * The share of rows sampled to place the range bounds: DuckDB's system sampling takes whole
 * vectors (2048 rows), far cheaper than a reservoir over every row (55 s for the 5 GB file at
 * load 13); rows in a file are not grouped by customer, so whole vectors represent them. A file
 * of fewer rows than SMALL is sampled row by row (the test files: a few vectors only).
 */
const SAMPLE_PERCENT = 1;
const SMALL = 10_000_000;

/** Passes needed for `rows` rows under `memoryMb` MB on `threads` threads (at least 1). */
export function passCount(rows: number, memoryMb: number, threads: number): number {
	const perPass = (memoryMb * ROWS_PER_MB_THREAD) / Math.max(1, threads);
	return Math.max(1, Math.ceil(rows / perPass));
}

/** The SQL condition on customer_id of each range, given the sorted bounds (upper, inclusive). */
export function rangeConditions(bounds: string[]): string[] {
	const unique = [...new Set(bounds)];
	if (unique.length === 0) return ['true'];
	return Array.from({ length: unique.length + 1 }, (_, i) => {
		const parts: string[] = [];
		if (i > 0) parts.push(`customer_id > ${sqlString(unique[i - 1])}`);
		if (i < unique.length) parts.push(`customer_id <= ${sqlString(unique[i])}`);
		return parts.join(' AND ');
	});
}

/**
 * Bounds of `passes` ranges holding about as many rows each: quantiles of customer id over a
 * sample of the rows (a customer with many rows weighs more). The bounds only decide which
 * pass computes a customer, never the customer's numbers, so the sample need not be exact.
 */
export async function customerBounds(
	con: DuckDBConnection,
	passes: number,
	rows: number
): Promise<string[]> {
	if (passes <= 1) return [];
	const sample =
		rows < SMALL
			? 'reservoir(100000 ROWS) REPEATABLE (21)'
			: `${SAMPLE_PERCENT} PERCENT (system, 21)`;
	const qs = Array.from({ length: passes - 1 }, (_, i) => ((i + 1) / passes).toFixed(6));
	const row = (
		await con.runAndReadAll(
			`SELECT quantile_disc(customer_id, [${qs.join(', ')}])::VARCHAR[]
			 FROM (SELECT customer_id FROM loaded USING SAMPLE ${sample})`
		)
	).getRows()[0][0] as { items: (string | null)[] } | null;
	return (row?.items ?? []).filter((x): x is string => x !== null).sort(byteOrder);
}

/** DuckDB's VARCHAR order (bytes of UTF-8), which ORDER BY customer_id follows. */
function byteOrder(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Runs `pass` once per range with the view `transactions` holding that range's rows only, in
 * id order, then restores `transactions` to every loaded row (the notes are counted over all).
 */
export async function eachCustomerRange(
	con: DuckDBConnection,
	ranges: { passes: number; rows: number },
	pass: (index: number) => Promise<unknown>
): Promise<void> {
	const conditions = rangeConditions(await customerBounds(con, ranges.passes, ranges.rows));
	if (conditions.length === 1) {
		await pass(0);
		return;
	}
	try {
		for (let i = 0; i < conditions.length; i++) {
			await con.run(
				`CREATE OR REPLACE TEMP VIEW transactions AS SELECT * FROM loaded WHERE ${conditions[i]}`
			);
			await pass(i);
		}
	} finally {
		await con.run('CREATE OR REPLACE TEMP VIEW transactions AS SELECT * FROM loaded');
	}
}
