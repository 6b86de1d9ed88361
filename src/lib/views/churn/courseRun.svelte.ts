// The course-topic views (churn, cross-buying, referral) run their analyses through the one
// run-state class; only the wording of a problem is theirs: a `course.problem.*` message when
// there is one, else the engine's own words.
import { AnalysisRun, type Problem, type ProblemText } from '$lib/state/analysisRun.svelte';
import { isMessageKey, t } from '$lib/i18n/i18n.svelte';

export function courseProblem(p: Problem): ProblemText {
	const key = `course.problem.${p.code}`;
	if (isMessageKey(key)) return { text: t(key), notice: false };
	const message = typeof p.values.message === 'string' ? p.values.message : p.code;
	return { text: t('common.error', { message }), notice: false };
}

export class CourseRun<T> extends AnalysisRun<T> {
	constructor() {
		// The page's one analysis draws its first chart: ahead of the filter bar and badges.
		super({ describe: courseProblem, priority: 'first' });
	}
}
