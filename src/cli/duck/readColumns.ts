// Streams a query's result chunk by chunk (DuckDB's vectors of up to 2048 rows), so a result
// with millions of customers never sits in memory whole.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

export async function eachChunk(
	con: DuckDBConnection,
	sql: string,
	run: (columns: DuckDBValue[][], rows: number) => void | Promise<void>
): Promise<void> {
	const result = await con.stream(sql);
	for (;;) {
		const chunk = await result.fetchChunk();
		if (!chunk || chunk.rowCount === 0) break;
		await run(chunk.getColumns(), chunk.rowCount);
	}
}
