// Helper of the import worker: validates the second part of a large file on the other core
// (see pipeline/importInParts). Dictionary labels go back as their UTF-8 bytes (packColumns),
// transferred with the codes: cloning half a million separate strings costs more than the
// parse saves, and even one string of them is a copy held on both sides while it crosses.
import { importPartBytes, type ImportProgress } from '../pipeline/importBytes';
import { readBytePart } from '../pipeline/importSlices';
import { blobSource } from '../stream/linePieces';
import type { PartFileRequest, PartRequest, PartResponse } from './protocol';
import { transferables } from '../tables/packLabels';
import { packColumns } from '../tables/packColumns';
import { releaseLookups } from '../tables/lazyLabels';

function post(msg: PartResponse, transfer: Transferable[] = []) {
	(self as unknown as Worker).postMessage(msg, transfer);
}

/** A part of a file read in slices (issue 22): the byte road, or word that it cannot be. */
async function filePart(req: PartFileRequest, progress: (p: ImportProgress) => void) {
	const { file, from, to, mapping, today, capacity } = req;
	return readBytePart(blobSource(file), mapping, today, {
		from,
		to,
		onProgress: progress,
		capacity
	});
}

self.onmessage = async (e: MessageEvent<PartRequest | PartFileRequest>) => {
	post({ type: 'started' });
	const t0 = performance.now();
	try {
		// Every chunk's progress goes back; the import worker adds both parts up and throttles.
		const progress = (p: ImportProgress) => post({ type: 'progress', ...p });
		const req = e.data;
		const part =
			'file' in req
				? await filePart(req, progress)
				: importPartBytes(req.bytes, req.mapping, req.today, progress, req.capacity);
		if (!part) return post({ type: 'textPath' });
		const { columns, dictionaries: _local, ...rest } = part; // dictionaries are not cloneable
		// Nothing more is coded here: lookups go, and the label text is trimmed to what it holds
		// (it is transferred whole, so no spare capacity travels with it).
		for (const c of Object.values(columns)) if (c.type === 'dict') releaseLookups(c);
		const packed = packColumns({ rows: part.report.accepted, fields: part.fields, columns });
		post({ type: 'done', part: rest, columns: packed.columns, ms: performance.now() - t0 }, [
			...transferables(packed),
			part.lines.buffer
		]);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};

// Tells the import worker this worker runs (see importWorker's startHelper).
post({ type: 'ready' });
