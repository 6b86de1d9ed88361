// One engine analysis behind a lifecycle panel: the latest result, whether a run is going, and
// the problem as a sentence. Only the newest request may write; typing in a number field fires
// many changes, so runs start once the input settles. Problems the engine explains (too few
// periods, no repeat purchases, ...) are "notices" shown instead of a chart, not errors.
import { engine, EngineProblem } from '$lib/state/engine.svelte';
import { i18n, t } from '$lib/i18n/i18n.svelte';

export class LifecycleRun<T> {
	result = $state.raw<T | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	private seq = 0;
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private analysis: string,
		private delay = 200
	) {}

	/** Starts a run after `delay` ms unless another request comes first. */
	request(params: Record<string, unknown>) {
		const mine = ++this.seq;
		if (this.timer) clearTimeout(this.timer);
		this.loading = true;
		this.timer = setTimeout(() => this.run(mine, params), this.delay);
	}

	private async run(mine: number, params: Record<string, unknown>) {
		try {
			const r = await engine.run<T>(this.analysis, params);
			if (mine !== this.seq) return;
			this.result = r;
			this.error = null;
			this.notice = null;
		} catch (e) {
			if (mine !== this.seq) return;
			this.result = null;
			const p = problem(e);
			this.error = p.notice ? null : p.text;
			this.notice = p.notice ? p.text : null;
		} finally {
			if (mine === this.seq) this.loading = false;
		}
	}

	clear() {
		this.seq++;
		if (this.timer) clearTimeout(this.timer);
		this.result = null;
		this.error = null;
		this.notice = null;
		this.loading = false;
	}
}

/** An engine failure as one sentence in the user's language. */
export function problem(e: unknown): { text: string; notice: boolean } {
	// A filter that leaves nothing is a notice too (the filter bar says the same above).
	if (
		e instanceof EngineProblem &&
		(e.code.startsWith('lifecycle.issue.') || e.code.startsWith('filter.'))
	) {
		let values: Record<string, unknown> = {};
		try {
			values = JSON.parse(e.detail || '{}') ?? {};
		} catch {
			values = {};
		}
		return { text: t(e.code, issueValues(values)), notice: true };
	}
	const message = e instanceof EngineProblem ? e.detail || e.code : String(e);
	return { text: t('common.error', { message }), notice: false };
}

/** Issue parameters for display: period words translated, numbers formatted. */
export function issueValues(values: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(values)) {
		if (k === 'grain' && typeof v === 'string')
			out[k] = v === 'period' ? t('lifecycleView.periodWord') : t(`lifecycle.grain.${v}`);
		else if (k === 'field' && typeof v === 'string') out[k] = t(`lifecycleView.rules.field.${v}`);
		else if (k === 'param' && typeof v === 'string') out[k] = v === 'alpha' ? 'α' : 'β';
		else if (typeof v === 'number' && Number.isFinite(v))
			out[k] = i18n.n(v, Number.isInteger(v) ? 0 : 2);
		else out[k] = v;
	}
	return out;
}
