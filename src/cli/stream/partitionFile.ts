// Pass 1 of a larger-than-memory summary: read the file in fixed-size chunks, decode, split into
// records, validate with the import's rules and append each accepted row to the temp file of its
// customer's partition. Memory holds one chunk and the partitions' write buffers, whatever the
// file's size; rows may come in any order.
import { createReadStream } from 'node:fs';
import type { Role } from '../../lib/data/map/headerSynonyms';
import type { Mapping } from '../../lib/data/map/types';
import { ChunkDecoder } from '../../lib/data/stream/ChunkDecoder';
import type { RecordBatch } from '../../lib/data/stream/RecordSplitter';
import { RecordSplitter } from '../../lib/data/stream/RecordSplitter';
import { splitByPartition } from '../../lib/data/stream/splitByPartition';
import { StreamValidator, type StreamReport } from '../../lib/data/stream/StreamValidator';
import { CliError } from '../args';
import { PartitionWriters } from './PartitionWriters';

export interface PassOneOptions {
	mapping: Mapping;
	/** Rows dated after this day are rejected as typos, as at import. */
	today: number;
	/** Roles stored for pass 2 (customerId and date always). */
	keep: Role[];
	partitions: number;
	/** Bytes read at a time: large enough that per-batch costs vanish, small next to the budget. */
	chunkBytes: number;
	dir: string;
	flushBytes: number;
	onProgress?: (bytesRead: number, report: StreamReport) => void;
}

export interface PassOneResult {
	report: StreamReport;
	files: (string | null)[];
	bytesRead: number;
	nulRemoved: number;
	replacedChars: number;
}

export async function partitionFile(file: string, o: PassOneOptions): Promise<PassOneResult> {
	const decoder = new ChunkDecoder(o.mapping.encoding);
	const splitter = new RecordSplitter({ delimiter: o.mapping.delimiter });
	const validator = new StreamValidator(o.mapping, o.today, o.keep);
	const writers = new PartitionWriters(o.dir, o.partitions, o.flushBytes);
	const take = (batch: RecordBatch) => {
		const block = validator.add(batch);
		if (block) writers.add(splitByPartition(block, o.partitions));
	};
	let bytesRead = 0;
	try {
		for await (const chunk of createReadStream(file, { highWaterMark: o.chunkBytes })) {
			const bytes = chunk as Buffer;
			bytesRead += bytes.length;
			take(splitter.push(decoder.decode(bytes)));
			o.onProgress?.(bytesRead, validator.report);
		}
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code) throw new CliError(`cannot read ${file}: ${code}`);
		throw e;
	}
	take(splitter.push(decoder.end()));
	take(splitter.end());
	writers.close();
	return {
		report: validator.report,
		files: writers.files,
		bytesRead,
		nulRemoved: decoder.nulRemoved,
		replacedChars: decoder.replaced
	};
}
