// One engine analysis behind a lifecycle panel, through the one run-state class: typing in a
// number field fires many changes, so runs start once the input settles (200 ms). Problems the
// engine explains (too few periods, no repeat purchases, ...) are "notices" shown instead of a
// chart, not errors.
import {
	AnalysisRun,
	type Problem,
	type ProblemText,
	type RunOptions
} from '$lib/state/analysisRun.svelte';
import type { AnalysisName } from '$lib/engine/registry';
import { i18n, isMessageKey, t, tChecked } from '$lib/i18n/i18n.svelte';

export class LifecycleRun<T> extends AnalysisRun<T> {
	constructor(analysis: AnalysisName, delay = 200, priority?: RunOptions['priority']) {
		super({ analysis, delay, describe: lifecycleProblem, priority });
	}
}

/** An engine failure as one sentence in the user's language. */
export function lifecycleProblem(p: Problem): ProblemText {
	// A filter that leaves nothing is a notice too (the filter bar says the same above).
	if (p.code.startsWith('lifecycle.issue.') || p.code.startsWith('filter.'))
		return { text: tChecked(p.code, issueValues(p.values)), notice: true };
	// Other problems that are message keys read as their message, the rest as the engine's words.
	if (isMessageKey(p.code)) return { text: t(p.code, issueValues(p.values)), notice: false };
	const message = typeof p.values.message === 'string' ? p.values.message : p.code;
	return { text: t('common.error', { message }), notice: false };
}

/** Issue parameters for display: period words translated, numbers formatted. */
export function issueValues(values: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(values)) {
		if (k === 'grain' && typeof v === 'string')
			out[k] = v === 'period' ? t('lifecycleView.periodWord') : tChecked(`lifecycle.grain.${v}`);
		else if (k === 'field' && typeof v === 'string')
			out[k] = tChecked(`lifecycleView.rules.field.${v}`);
		else if (k === 'param' && typeof v === 'string') out[k] = v === 'alpha' ? 'α' : 'β';
		else if (typeof v === 'number' && Number.isFinite(v))
			out[k] = i18n.n(v, Number.isInteger(v) ? 0 : 2);
		else out[k] = v;
	}
	return out;
}
