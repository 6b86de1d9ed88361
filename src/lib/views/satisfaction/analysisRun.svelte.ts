// One engine analysis behind a chart: its latest result, whether a run is going, and a readable
// error. Only the newest request may write, so a slow old run never overwrites a newer answer.
import { untrack } from 'svelte';
import { engine, EngineProblem } from '$lib/state/engine.svelte';
import { t } from '$lib/i18n/i18n.svelte';

export class AnalysisRun<T> {
	result = $state.raw<T | null>(null);
	loading = $state(false);
	error = $state<string | null>(null);
	private seq = 0;

	/** Called from effects: nothing read here may become a dependency of the caller. */
	async run(analysis: string, params: Record<string, unknown>): Promise<void> {
		const mine = ++this.seq;
		const pending = untrack(() => {
			this.loading = true;
			return engine.run<T>(analysis, params);
		});
		try {
			const r = await pending;
			if (mine !== this.seq) return;
			this.result = r;
			this.error = null;
		} catch (e) {
			if (mine !== this.seq) return;
			this.result = null;
			this.error = describe(e);
		} finally {
			if (mine === this.seq) this.loading = false;
		}
	}

	clear() {
		this.seq++;
		this.result = null;
		this.error = null;
		this.loading = false;
	}
}

function describe(e: unknown): string {
	if (e instanceof EngineProblem) {
		const key = `satisfactionView.problem.${e.code}`;
		const text = t(key);
		return text === key ? t('common.error', { message: e.detail || e.code }) : text;
	}
	return t('common.error', { message: e instanceof Error ? e.message : String(e) });
}
