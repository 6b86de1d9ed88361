// Runs the import pipeline on a worker thread under a time limit. A synchronous hang (a
// regex that backtracks for hours, a loop that never ends) cannot be interrupted on the
// test's own thread; here the thread is terminated and the test fails with "hung".
import { Worker } from 'node:worker_threads';
import type { PipelineResult } from './runPipeline';

export class HungError extends Error {}

export class BoundedPipeline {
	private worker: Worker | null = null;
	private ready: Promise<void> | null = null;
	private next = 1;

	private start(): Promise<void> {
		if (this.ready) return this.ready;
		const worker = new Worker(new URL('./pipelineThread.mjs', import.meta.url));
		this.worker = worker;
		this.ready = new Promise((resolve, reject) => {
			const onReady = (m: { ready?: boolean }) => {
				if (!m.ready) return;
				worker.off('message', onReady);
				resolve();
			};
			worker.on('message', onReady);
			worker.once('error', reject);
		});
		return this.ready;
	}

	/** The pipeline's result, or a HungError after `limitMs` (the thread is then replaced). */
	async run(
		bytes: Uint8Array,
		name: string,
		today: number,
		limitMs: number
	): Promise<PipelineResult> {
		await this.start();
		const worker = this.worker!;
		const id = this.next++;
		return new Promise<PipelineResult>((resolve, reject) => {
			const timer = setTimeout(() => {
				worker.off('message', onMessage);
				this.stop();
				reject(new HungError(`${name}: no result within ${limitMs} ms`));
			}, limitMs);
			const onMessage = (m: { id?: number; result?: PipelineResult }) => {
				if (m.id !== id) return;
				clearTimeout(timer);
				worker.off('message', onMessage);
				resolve(m.result!);
			};
			worker.on('message', onMessage);
			// A copy: the caller keeps its bytes.
			worker.postMessage({ id, bytes, name, today });
		});
	}

	stop(): void {
		this.worker?.terminate();
		this.worker = null;
		this.ready = null;
	}
}
