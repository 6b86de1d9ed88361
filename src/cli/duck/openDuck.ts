// One DuckDB database for one CLI run, in the run's private temp folder, memory capped by
// --memory-mb. The tables the CLI makes are TEMP tables: they live in DuckDB's buffer pool and
// spill into the same folder past the limit, which costs far less than writing the compressed
// blocks of persistent tables (the 1 GB benchmark file: see docs/benchmarks.md).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export interface Duck {
	con: DuckDBConnection;
	/** DuckDB's worker threads (each holds its own share of the memory limit's hash tables). */
	threads: number;
	close(): void;
}

export async function openDuck(
	folder: string,
	memoryMb: number,
	threads = availableParallelism()
): Promise<Duck> {
	const instance = await DuckDBInstance.create(join(folder, 'work.duckdb'), {
		memory_limit: `${Math.round(memoryMb)}MB`,
		temp_directory: join(folder, 'spill'),
		// Every CPU Node sees (DuckDB's own default, said explicitly: the CSV reader, the checks
		// and the GROUP BYs all run in parallel).
		threads: String(threads),
		// Row order of intermediate results does not matter here; keeping it costs memory.
		preserve_insertion_order: 'false'
	});
	const con = await instance.connect();
	return {
		con,
		threads,
		close() {
			con.closeSync();
			instance.closeSync();
		}
	};
}
