// One analysis in the engine worker as page state: the latest result, a problem the page can
// put in words, and whether a run is under way. A newer run makes older answers stale.
import { engine, EngineProblem } from '$lib/state/engine.svelte';

export interface Problem {
	code: string;
	values: Record<string, unknown>;
}

export class AnalysisRun<T> {
	result = $state.raw<T | null>(null);
	problem = $state.raw<Problem | null>(null);
	loading = $state(false);
	private seq = 0;

	run(analysis: string, params: Record<string, unknown>): Promise<T | null> {
		const n = ++this.seq;
		this.loading = true;
		return engine.run<T>(analysis, params).then(
			(r) => {
				if (n !== this.seq) return null;
				this.result = r;
				this.problem = null;
				this.loading = false;
				return r;
			},
			(e: unknown) => {
				if (n !== this.seq) return null;
				this.problem = toProblem(e);
				this.loading = false;
				return null;
			}
		);
	}
}

export function toProblem(e: unknown): Problem {
	if (e instanceof EngineProblem) {
		let values: Record<string, unknown> = {};
		try {
			const parsed = JSON.parse(e.detail);
			if (parsed && typeof parsed === 'object') values = parsed as Record<string, unknown>;
		} catch {
			values = { message: e.detail };
		}
		return { code: e.code, values };
	}
	return { code: 'internal', values: { message: String(e) } };
}
