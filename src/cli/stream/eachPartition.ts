// Pass 2: each partition's rows, one partition in memory at a time, as the table the engine
// reads. A partition file is deleted once loaded, so the temp folder shrinks as the run goes.
import { readFileSync, rmSync } from 'node:fs';
import type { TransactionTable } from '../../lib/analytics/types';
import { tableFromBlocks } from '../../lib/data/stream/tableFromBlocks';

export async function eachPartition(
	files: (string | null)[],
	run: (tx: TransactionTable) => void | Promise<void>
): Promise<number> {
	let done = 0;
	for (const file of files) {
		if (file === null) continue;
		const tx = tableFromBlocks(readFileSync(file));
		rmSync(file);
		await run(tx);
		done++;
		// A turn of the event loop between partitions lets Ctrl-C reach its handler.
		await new Promise((resolve) => setImmediate(resolve));
	}
	return done;
}
