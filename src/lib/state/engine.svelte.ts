// The page's handle on the engine worker: run(analysis, params) returns a promise of the
// result; a small rune class tracks how many analyses are running.
import { untrack } from 'svelte';
import type { EngineRequest, EngineResponse } from '../data/worker/protocol';
import { transferables, type PackedDataset } from '../data/tables/packLabels';
import type { AnalysisName, AnalysisParams, AnalysisResult } from '../engine/registry';
import { filters } from './filters.svelte';
import { PRIORITY } from '../engine/runQueue';

/** Analyses of a dataset's own rows (the Data page's table): never filtered. */
const UNFILTERED = new Set(['datasetRows']);

/** How one run is queued in the engine worker (see engine/runQueue.ts). */
export interface RunRequestOptions {
	/** 'first' for a page's first chart, 'background' for what no one is looking at yet. */
	priority?: keyof typeof PRIORITY;
	/** Aborting withdraws the run: dropped from the queue, its promise rejects (code 'cancelled'). */
	signal?: AbortSignal;
	/** Computed even if cached (the benchmark times computations). */
	fresh?: boolean;
}

/** The code a withdrawn run rejects with; callers that withdrew it ignore it. */
export const CANCELLED = 'cancelled';

export class EngineProblem extends Error {
	constructor(
		public code: string,
		public detail: string
	) {
		super(code);
	}
}

class Engine {
	busy = $state(0);
	/** Runs handed to the worker and not yet answered or withdrawn; `busy` is assigned from it
	 * (never `busy--` on the state: see waiting.svelte.ts for why a read-modify-write loses counts). */
	private running = 0;
	private worker: Worker | null = null;
	private next = 1;
	/** Worker-clock time of the last finished analysis (read by the benchmark). */
	lastWorkerMs = NaN;
	/**
	 * Runs asked for, per analysis, since the page loaded (plain counts, not state): read by the
	 * benchmark and the report page's end-to-end test through `?bench`, to see that a page asks
	 * for each analysis once per real change of its inputs.
	 */
	readonly requested = new Map<string, number>();
	private pending = new Map<
		number,
		{
			resolve: (v: unknown) => void;
			reject: (e: unknown) => void;
			onProgress?: (f: number) => void;
		}
	>();

	private get w(): Worker {
		if (!this.worker) {
			this.worker = new Worker(new URL('../engine/engineWorker.ts', import.meta.url), {
				type: 'module'
			});
			this.worker.onmessage = (e: MessageEvent<EngineResponse>) => {
				const msg = e.data;
				const p = this.pending.get(msg.requestId);
				if (!p) return;
				if (msg.type === 'progress') return p.onProgress?.(msg.fraction);
				this.pending.delete(msg.requestId);
				this.running--;
				this.busy = this.running;
				if (msg.type === 'result') {
					this.lastWorkerMs = msg.ms ?? NaN;
					p.resolve(msg.result);
				} else p.reject(new EngineProblem(msg.code, msg.message));
			};
		}
		return this.worker;
	}

	/** Runs asked for in the current task, posted together when it ends (see postRun). */
	private queued: EngineRequest[] = [];
	/** A message to oneself is a new task that, unlike a timer, a hidden tab does not delay. */
	private nextTask: MessageChannel | null = null;
	private flushAsked = false;

	/**
	 * A run is posted when the task that asked for it ends, not at once: a page asks for its
	 * analyses while it mounts, and a worker computing at once took a core from that very task
	 * on a two-core machine (the Lifetime value page's mount: 38 ms of CPU, 50–62 ms of wall
	 * time, issue 22). The worker also sees all of a page's runs together and orders them by
	 * priority. Every other message flushes the queue first, so the worker gets them in order.
	 */
	private postRun(msg: EngineRequest) {
		this.queued.push(msg);
		if (this.flushAsked) return;
		this.flushAsked = true;
		if (!this.nextTask) {
			this.nextTask = new MessageChannel();
			this.nextTask.port1.onmessage = () => this.flush();
		}
		this.nextTask.port2.postMessage(null);
	}

	private flush() {
		this.flushAsked = false;
		const runs = this.queued;
		this.queued = [];
		for (const msg of runs) this.w.postMessage(msg);
	}

	private send(msg: EngineRequest, transfer: Transferable[] = []) {
		this.flush();
		this.w.postMessage(msg, transfer);
	}

	/** Runs a registered analysis; its name is checked and its result typed by the registry. */
	run<K extends AnalysisName>(
		analysis: K,
		params: AnalysisParams<K> = {},
		onProgress?: (f: number) => void,
		options: RunRequestOptions = {}
	): Promise<AnalysisResult<K>> {
		const { signal } = options;
		if (signal?.aborted) return Promise.reject(new EngineProblem(CANCELLED, analysis));
		const requestId = this.next++;
		this.requested.set(analysis, (this.requested.get(analysis) ?? 0) + 1);
		// Runs are started from effects: counting must not make the effect depend on `busy`.
		this.running++;
		untrack(() => (this.busy = this.running));
		return new Promise<AnalysisResult<K>>((resolve, reject) => {
			this.pending.set(requestId, { resolve: resolve as (v: unknown) => void, reject, onProgress });
			const plain = $state.snapshot(params) as Record<string, unknown>;
			// The workspace filter goes with every run (part of its params and cache keys), so
			// every page, list, export and the report read the same rows. Read untracked: pages
			// re-run through the layout's {#key}, not through each effect that called run.
			const f = untrack(() => filters.params());
			if (f && !UNFILTERED.has(analysis) && plain.filters === undefined) plain.filters = f;
			this.postRun({
				type: 'run',
				requestId,
				analysis,
				params: plain,
				priority: PRIORITY[options.priority ?? 'normal'],
				fresh: options.fresh
			});
			signal?.addEventListener('abort', () => this.cancel(requestId), { once: true });
		});
	}

	/**
	 * Withdraws a run: the worker drops it if it has not started, and whatever it answers for
	 * this id is ignored (ids are never reused, so no later request can receive it).
	 */
	private cancel(requestId: number) {
		const p = this.pending.get(requestId);
		if (!p) return;
		this.pending.delete(requestId);
		this.running--;
		untrack(() => (this.busy = this.running));
		// Not posted yet: dropped here, the worker never hears of it.
		const queued = this.queued.findIndex((m) => m.type === 'run' && m.requestId === requestId);
		if (queued >= 0) this.queued.splice(queued, 1);
		else this.send({ type: 'cancel', requestIds: [requestId] });
		p.reject(new EngineProblem(CANCELLED, ''));
	}

	/** Hands a dataset (labels packed in one string, see packLabels) to the engine worker. */
	add(id: string, dataset: PackedDataset) {
		this.send({ type: 'add', id, dataset }, transferables(dataset));
	}

	/** A port on which the import worker will send dataset `id` straight to the engine worker. */
	receive(id: string): MessagePort {
		const channel = new MessageChannel();
		this.send({ type: 'receive', id, port: channel.port2 }, [channel.port2]);
		return channel.port1;
	}

	forget(id: string) {
		this.send({ type: 'forget', id });
	}
}

export const engine = new Engine();
