// One engine analysis as page state, the same for every view: the latest result, the problem
// (code and values, put into words by the view's own `describe`), and whether a run is going.
// Only the newest request may write, so a slow old run never overwrites a newer answer. Views
// differ only in how a problem reads and in whether runs wait for input to settle.
import { onDestroy, untrack } from 'svelte';
import type { AnalysisName } from '../engine/registry';
import { engine, EngineProblem, type RunRequestOptions } from './engine.svelte';
import { waiting } from './waiting.svelte';
import { tChecked } from '../i18n/i18n.svelte';

export interface Problem {
	code: string;
	values: Record<string, unknown>;
}

/** A problem in the user's words; `notice` ones replace a chart instead of reading as errors. */
export interface ProblemText {
	text: string;
	notice: boolean;
}

export interface RunOptions {
	/** The analysis `request` runs (run() names its own). */
	analysis?: AnalysisName;
	/** Milliseconds `request` waits for further requests (typing fires many changes). */
	delay?: number;
	/** How this view words a problem; read in a derived, so it follows the interface language. */
	describe?: (p: Problem) => ProblemText;
	/** Where its runs queue in the engine worker: 'first' for the page's first chart. */
	priority?: RunRequestOptions['priority'];
}

/** An engine failure as code and values: our own problems carry their values as JSON. */
export function toProblem(e: unknown): Problem {
	if (e instanceof EngineProblem) {
		let values: Record<string, unknown> = {};
		try {
			const parsed = JSON.parse(e.detail);
			if (parsed && typeof parsed === 'object') values = parsed as Record<string, unknown>;
			else values = { message: e.detail };
		} catch {
			values = { message: e.detail };
		}
		return { code: e.code, values };
	}
	return { code: 'internal', values: { message: e instanceof Error ? e.message : String(e) } };
}

export class AnalysisRun<T> {
	result = $state.raw<T | null>(null);
	problem = $state.raw<Problem | null>(null);
	loading = $state(false);
	private described = $derived.by((): ProblemText | null => {
		const p = this.problem;
		if (!p) return null;
		// A filter that leaves nothing (or names a missing column) reads the same on every page.
		if (p.code.startsWith('filter.')) return { text: tChecked(p.code, p.values), notice: true };
		return this.describe ? this.describe(p) : null;
	});
	/** The problem as an error sentence (null when none, or when it is a notice). */
	error = $derived(this.described && !this.described.notice ? this.described.text : null);
	/** The problem as a notice shown instead of the chart. */
	notice = $derived(this.described?.notice ? this.described.text : null);
	private seq = 0;
	private timer: ReturnType<typeof setTimeout> | null = null;
	/** Releases this run's place in `waiting` while its timer is set. */
	private release: (() => void) | null = null;
	private readonly analysis?: AnalysisName;
	private readonly delay: number;
	private readonly describe?: (p: Problem) => ProblemText;
	private readonly priority: RunRequestOptions['priority'];
	/** Withdraws the run in flight when a newer one supersedes it or its page goes away. */
	private inFlight: AbortController | null = null;
	/** Whether a run was requested yet: the first one does not wait out the delay. */
	private requested = false;
	/**
	 * The params of the last request, as JSON, while its run is pending, in flight or answered
	 * with a result: an effect re-run with the same params (a dataset record replaced by an
	 * equal one as an import is stored, another report section's data arriving) is then not a
	 * new run. Null after a problem (the same params may succeed once the data is there).
	 */
	private lastKey: string | null = null;

	constructor(options: RunOptions = {}) {
		this.analysis = options.analysis;
		this.delay = options.delay ?? 0;
		this.describe = options.describe;
		this.priority = options.priority;
		// Made in a component's script (every view): leaving the page withdraws its queued runs,
		// so the next page's analyses do not wait behind them.
		try {
			onDestroy(() => this.dispose());
		} catch {
			// Made outside a component (a test, a module): its owner calls dispose() if needed.
		}
	}

	/**
	 * Runs `analysis` now. Called from effects: nothing read here becomes a dependency of the
	 * caller. Resolves to the result, or null when it failed or a newer run superseded it.
	 */
	run(analysis: AnalysisName, params: Record<string, unknown>): Promise<T | null> {
		const mine = ++this.seq;
		this.lastKey = null;
		return untrack(() => {
			this.loading = true;
			return this.start(mine, analysis, params);
		});
	}

	/** Runs the constructor's analysis once requests stop coming for `delay` ms. */
	request(params: Record<string, unknown>) {
		const analysis = this.analysis;
		if (!analysis) throw new Error('AnalysisRun.request needs options.analysis');
		const key = untrack(() => JSON.stringify($state.snapshot(params)));
		if (key === this.lastKey) return;
		this.lastKey = key;
		const mine = ++this.seq;
		if (this.timer) clearTimeout(this.timer);
		untrack(() => (this.loading = true));
		this.release?.();
		// The delay lets typing settle; a page's first request has nothing to settle.
		if (!this.requested) {
			this.requested = true;
			this.timer = null;
			// Untracked like run(): reading params here must not subscribe the calling effect.
			untrack(() => void this.start(mine, analysis, params));
			return;
		}
		const release = waiting.hold();
		this.release = release;
		this.timer = setTimeout(() => {
			// Released in the same task the engine counts the run: the page is never "at rest" between.
			release();
			void this.start(mine, analysis, params);
		}, this.delay);
	}

	clear() {
		this.seq++;
		this.lastKey = null;
		if (this.timer) clearTimeout(this.timer);
		this.release?.();
		this.withdraw();
		this.result = null;
		this.problem = null;
		this.loading = false;
	}

	/** The owner is gone: nothing pending runs or writes any more. */
	dispose() {
		this.seq++;
		this.lastKey = null;
		if (this.timer) clearTimeout(this.timer);
		this.release?.();
		this.withdraw();
	}

	private withdraw() {
		this.inFlight?.abort();
		this.inFlight = null;
	}

	private async start(
		mine: number,
		analysis: AnalysisName,
		params: Record<string, unknown>
	): Promise<T | null> {
		// A newer run supersedes the one in flight: withdraw it so the worker need not compute it.
		this.withdraw();
		const ctl = new AbortController();
		this.inFlight = ctl;
		try {
			// The registry types each result; a view names the shape it reads as T.
			const r = (await engine.run(analysis, params, undefined, {
				priority: this.priority,
				signal: ctl.signal
			})) as T;
			if (mine !== this.seq) return null;
			this.result = r;
			this.problem = null;
			return r;
		} catch (e) {
			if (mine !== this.seq) return null;
			this.lastKey = null;
			this.result = null;
			this.problem = toProblem(e);
			return null;
		} finally {
			if (mine === this.seq) this.loading = false;
			if (this.inFlight === ctl) this.inFlight = null;
		}
	}
}
