// The engine worker's queue of analysis runs. The worker computes one analysis at a time, so
// the order decides what a user waits for: a page's first chart goes before the filter bar's
// choices or a badge, a page that was left takes its queued runs with it, and the same request
// asked twice (two panels, or a page re-asking before the first answer came) is computed once.
// Pure: no worker, no clock — engineWorker.ts drives it.

/** Lower runs first: 0 = the page's first chart, 1 = the rest of a page, 2 = background. */
export type RunPriority = 0 | 1 | 2;

export const PRIORITY = { first: 0, normal: 1, background: 2 } as const;

export interface QueuedRun<P = unknown> {
	/** Identifies equal requests: the analysis name and its parameters (see runKey). */
	key: string;
	priority: RunPriority;
	/** Every request id waiting for this run's result (one, unless asked twice). */
	requestIds: number[];
	payload: P;
}

export class RunQueue<P = unknown> {
	private queue: QueuedRun<P>[] = [];
	/** The run being computed, which can still take more request ids of the same key. */
	private running: QueuedRun<P> | null = null;

	get size(): number {
		return this.queue.length;
	}

	/**
	 * Adds a request. Joins a queued or running run of the same key instead of adding one (the
	 * joined run takes the higher of the two priorities); returns the run it belongs to.
	 */
	add(requestId: number, key: string, priority: RunPriority, payload: P): QueuedRun<P> {
		if (this.running?.key === key) {
			this.running.requestIds.push(requestId);
			return this.running;
		}
		const same = this.queue.find((r) => r.key === key);
		if (same) {
			same.requestIds.push(requestId);
			if (priority < same.priority) same.priority = priority;
			return same;
		}
		const run: QueuedRun<P> = { key, priority, requestIds: [requestId], payload };
		this.queue.push(run);
		return run;
	}

	/** Takes the next run: the lowest priority number, first come first within one priority. */
	take(): QueuedRun<P> | null {
		if (this.queue.length === 0) return null;
		let best = 0;
		for (let i = 1; i < this.queue.length; i++)
			if (this.queue[i].priority < this.queue[best].priority) best = i;
		const [run] = this.queue.splice(best, 1);
		this.running = run;
		return run;
	}

	/** The running run has finished: later requests of its key start a new run. */
	done(run: QueuedRun<P>) {
		if (this.running === run) this.running = null;
	}

	/**
	 * Withdraws request ids (the page that asked was left, or asked again with new settings). A
	 * queued run nobody waits for any more is dropped; a running one finishes, and its result
	 * goes only to the ids still waiting. Returns the keys of the runs dropped.
	 */
	cancel(requestIds: Iterable<number>): string[] {
		const gone = new Set(requestIds);
		const dropped: string[] = [];
		if (this.running)
			this.running.requestIds = this.running.requestIds.filter((id) => !gone.has(id));
		this.queue = this.queue.filter((r) => {
			r.requestIds = r.requestIds.filter((id) => !gone.has(id));
			if (r.requestIds.length > 0) return true;
			dropped.push(r.key);
			return false;
		});
		return dropped;
	}
}

/**
 * The identity of a request: its analysis and parameters with object keys sorted, so that the
 * same settings written in another order are the same request.
 */
export function runKey(analysis: string, params: unknown): string {
	return `${analysis}\u0000${stableJson(params)}`;
}

function stableJson(v: unknown): string {
	if (v === undefined) return 'null';
	if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
	if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
	const o = v as Record<string, unknown>;
	const keys = Object.keys(o)
		.filter((k) => o[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
}
