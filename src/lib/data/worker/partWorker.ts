// Helper of the import worker: validates the second part of a large file on the other core
// (see pipeline/importInParts). Dictionary labels go back packed (packLabels): cloning half a
// million separate strings costs more than the parse saves.
import { importPartBytes } from '../pipeline/importBytes';
import type { PartRequest, PartResponse } from './protocol';
import { packLabels, transferables } from '../tables/packLabels';

function post(msg: PartResponse, transfer: Transferable[] = []) {
	(self as unknown as Worker).postMessage(msg, transfer);
}

self.onmessage = (e: MessageEvent<PartRequest>) => {
	const { bytes, mapping, today } = e.data;
	post({ type: 'started' });
	const t0 = performance.now();
	try {
		// Every chunk's progress goes back; the import worker adds both parts up and throttles.
		const part = importPartBytes(bytes, mapping, today, (p) => post({ type: 'progress', ...p }));
		const { columns, dictionaries: _local, ...rest } = part; // dictionaries are not cloneable
		const packed = packLabels({ rows: part.report.accepted, fields: part.fields, columns });
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
