// Satisfaction's charts run their analyses through the one run-state class; only the wording of
// a problem is theirs: a `satisfactionView.problem.*` message when there is one.
import {
	AnalysisRun as Run,
	type Problem,
	type ProblemText,
	type RunOptions
} from '$lib/state/analysisRun.svelte';
import { isMessageKey, t } from '$lib/i18n/i18n.svelte';

export function satisfactionProblem(p: Problem): ProblemText {
	const key = `satisfactionView.problem.${p.code}`;
	if (isMessageKey(key)) return { text: t(key), notice: false };
	const message = typeof p.values.message === 'string' ? p.values.message : p.code;
	return { text: t('common.error', { message }), notice: false };
}

export class AnalysisRun<T> extends Run<T> {
	constructor(options: Pick<RunOptions, 'priority'> = {}) {
		super({ describe: satisfactionProblem, priority: options.priority });
	}
}
