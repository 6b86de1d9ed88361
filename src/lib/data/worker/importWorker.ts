// Import worker: reads the dropped file, previews, validates and commits — all off the main
// thread. One ImportSession holds the file's state; this file only routes messages to it and
// supplies what only a worker has (postMessage, the helper worker's script URL). The page
// cancels an import by terminating this worker; since the commit is one IndexedDB transaction,
// a terminated worker leaves nothing behind.
import { FileProblemError } from '../pipeline/problems';
import type { ImportRequest, ImportResponse, PartResponse } from './protocol';
import { openWorkbenchDb } from '../db/openWorkbenchDb';
import { ImportSession } from './ImportSession';

function post(msg: ImportResponse, transfer: Transferable[] = []) {
	(self as unknown as Worker).postMessage(msg, transfer);
}

/**
 * Starts a helper worker (partWorker) and waits until it runs. A nested worker's script is
 * loaded through this worker's event loop, so it must be running before this worker blocks
 * on the first part — otherwise it would only start once the first part is done.
 */
function startHelper(): Promise<Worker> {
	const helper = new Worker(new URL('./partWorker.ts', import.meta.url), { type: 'module' });
	return new Promise<Worker>((resolve, reject) => {
		helper.onmessage = (e: MessageEvent<PartResponse>) => {
			if (e.data.type === 'ready') resolve(helper);
		};
		helper.onerror = (e) => {
			helper.terminate();
			reject(new Error(e.message || 'part worker failed'));
		};
	});
}

const session = new ImportSession({ post, openDb: openWorkbenchDb, startHelper });

function handle(msg: ImportRequest): Promise<void> {
	switch (msg.type) {
		case 'preview':
			return session.preview(msg);
		case 'validate':
			return session.validate(msg);
		case 'commit':
			return session.commit(msg);
		case 'retrySave':
			return session.retrySave();
	}
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
	handle(e.data).catch((err) => {
		if (err instanceof FileProblemError) post({ type: 'problem', problem: err.problem });
		else post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	});
};
