// One DuckDB database for one CLI run: a file in the run's private temp folder (so tables larger
// than memory live on disk), memory capped by --memory-mb, spilling into the same folder.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';

export interface Duck {
	con: DuckDBConnection;
	close(): void;
}

export async function openDuck(folder: string, memoryMb: number): Promise<Duck> {
	const instance = await DuckDBInstance.create(join(folder, 'work.duckdb'), {
		memory_limit: `${Math.round(memoryMb)}MB`,
		temp_directory: join(folder, 'spill'),
		// Row order of intermediate results does not matter here; keeping it costs memory.
		preserve_insertion_order: 'false'
	});
	const con = await instance.connect();
	return {
		con,
		close() {
			con.closeSync();
			instance.closeSync();
		}
	};
}
