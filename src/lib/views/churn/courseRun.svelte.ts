// One engine analysis behind the course-topic views (churn, cross-buying): its latest result,
// whether a run is going and a readable error. Only the newest request may write.
import { untrack } from 'svelte';
import { engine, EngineProblem } from '$lib/state/engine.svelte';
import { t } from '$lib/i18n/i18n.svelte';

export class CourseRun<T> {
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
			if (e instanceof EngineProblem) {
				const key = `course.problem.${e.code}`;
				const text = t(key);
				this.error = text === key ? t('common.error', { message: e.detail || e.code }) : text;
			} else
				this.error = t('common.error', { message: e instanceof Error ? e.message : String(e) });
		} finally {
			if (mine === this.seq) this.loading = false;
		}
	}
}
