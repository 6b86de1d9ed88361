// Appends encoded row blocks to one temp file per partition. Each partition gathers its blocks
// up to `flushBytes` before one write, so memory stays at partitions × flushBytes at most; a
// file is opened only for its write, so thousands of partitions need no open handles.
import { closeSync, openSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBlock, type RowBlock } from '../../lib/data/stream/partitionBlock';

export class PartitionWriters {
	/** Path of each partition's file, null while it has no rows. */
	readonly files: (string | null)[];
	private pending: Uint8Array[][];
	private pendingBytes: Int32Array;

	constructor(
		private dir: string,
		partitions: number,
		private flushBytes: number
	) {
		this.files = new Array(partitions).fill(null);
		this.pending = Array.from({ length: partitions }, () => []);
		this.pendingBytes = new Int32Array(partitions);
	}

	add(blocks: (RowBlock | null)[]): void {
		for (let p = 0; p < blocks.length; p++) {
			const b = blocks[p];
			if (b === null) continue;
			const bytes = encodeBlock(b);
			this.pending[p].push(bytes);
			this.pendingBytes[p] += bytes.length;
			if (this.pendingBytes[p] >= this.flushBytes) this.flush(p);
		}
	}

	close(): void {
		for (let p = 0; p < this.pending.length; p++) this.flush(p);
	}

	private flush(p: number): void {
		if (this.pending[p].length === 0) return;
		const path = (this.files[p] ??= join(this.dir, `part-${p}.bin`));
		const fd = openSync(path, 'a');
		try {
			writevSync(fd, this.pending[p]);
		} finally {
			closeSync(fd);
		}
		this.pending[p] = [];
		this.pendingBytes[p] = 0;
	}
}
