// Helper of the import worker: validates the second part of a large file on the other core
// (see pipeline/importInParts). Dictionary labels go back as one NUL-joined string each —
// cloning half a million separate strings costs more than the parse saves.
import { importPartBytes } from '../pipeline/importBytes';
import type { PartRequest, PartResponse } from './protocol';
import type { PartialDataset } from '../validate/DatasetBuilder';

function post(msg: PartResponse, transfer: Transferable[] = []) {
	(self as unknown as Worker).postMessage(msg, transfer);
}

self.onmessage = (e: MessageEvent<PartRequest>) => {
	const { bytes, mapping, today } = e.data;
	post({ type: 'started' });
	try {
		let last = 0;
		const part: PartialDataset = importPartBytes(bytes, mapping, today, (p) => {
			if (p.rows - last >= 20_000) {
				last = p.rows;
				post({ type: 'progress', rows: p.rows, fraction: p.fraction });
			}
		});
		delete part.dictionaries; // not cloneable, and the import worker rebuilds nothing from them
		const labels: Record<string, string> = {};
		const transfer: Transferable[] = [part.lines.buffer];
		for (const [key, c] of Object.entries(part.columns)) {
			if (c.type === 'dict') {
				labels[key] = c.labels.join('\u0000');
				c.labels = [];
				transfer.push(c.codes.buffer);
			} else transfer.push(c.values.buffer);
		}
		post({ type: 'done', part, labels }, transfer);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};

// Tells the import worker this worker runs (see importWorker's startHelper).
post({ type: 'ready' });
