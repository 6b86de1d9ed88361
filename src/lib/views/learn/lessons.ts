// The guided lessons of the Learn page: four paths through the app on the teaching sample, each
// step opening a view with its settings (path, query, hash), pointing at what to look at (a CSS
// selector the lesson panel outlines) and asking one or two questions. Words are in
// messages/lessons.ts under `lesson.<lesson>.<step>.look|q1|q2`.

import type { MessageKey } from '$lib/i18n/messageKey';

export type LessonId = 'value' | 'rfm' | 'lifecycle' | 'satisfaction';

export interface LessonStep {
	/** Stable id; message keys hang off it. */
	id: string;
	/** Route of the view, then its settings as a query and the section as a hash. */
	path: '/learn/' | '/segments/' | '/clv/' | '/lifecycle/' | '/satisfaction/';
	query?: string;
	hash?: string;
	/** What to look at: outlined and scrolled into view once it appears. */
	highlight: string;
	/** How many questions the step asks (q1, q2). */
	questions: 1 | 2;
}

export interface Lesson {
	id: LessonId;
	steps: LessonStep[];
}

const testid = (id: string) => `[data-testid="${id}"]`;

export const LESSONS: Lesson[] = [
	{
		id: 'value',
		steps: [
			{ id: 'buyers', path: '/learn/', hash: 'sim-clv', highlight: '#sim-clv', questions: 2 },
			{
				id: 'pyramid',
				path: '/segments/',
				hash: 'value',
				highlight: testid('pyramid-chart'),
				questions: 2
			},
			{
				id: 'pareto',
				path: '/segments/',
				hash: 'pareto',
				highlight: testid('segments-pareto'),
				questions: 1
			}
		]
	},
	{
		id: 'rfm',
		steps: [
			{
				id: 'cut',
				path: '/segments/',
				query: 'preset=cn8',
				highlight: testid('segments-centre'),
				questions: 2
			},
			{
				id: 'classes',
				path: '/segments/',
				query: 'preset=cn8',
				hash: 'segments',
				highlight: testid('segments-table'),
				questions: 2
			},
			{
				id: 'clusters',
				path: '/segments/',
				hash: 'clusters',
				highlight: testid('segments-clusters'),
				questions: 1
			}
		]
	},
	{
		id: 'lifecycle',
		steps: [
			{
				id: 'cohorts',
				path: '/lifecycle/',
				query: 'tab=cohorts',
				highlight: testid('cohort-heatmap'),
				questions: 1
			},
			{
				id: 'stages',
				path: '/lifecycle/',
				query: 'tab=stages',
				highlight: testid('stage-totals'),
				questions: 2
			},
			{
				id: 'patterns',
				path: '/lifecycle/',
				query: 'tab=patterns',
				highlight: testid('pattern-table'),
				questions: 2
			},
			{ id: 'simulate', path: '/learn/', hash: 'sim-exit', highlight: '#sim-exit', questions: 1 }
		]
	},
	{
		id: 'satisfaction',
		steps: [
			{
				id: 'zones',
				path: '/satisfaction/',
				hash: 'zones',
				highlight: testid('zone-table'),
				questions: 2
			},
			{
				id: 'trap',
				path: '/satisfaction/',
				hash: 'curves',
				highlight: testid('trap-verdict'),
				questions: 2
			},
			{
				id: 'drivers',
				path: '/satisfaction/',
				hash: 'drivers',
				highlight: '#drivers',
				questions: 1
			}
		]
	}
];

/** The navigation label of each step's view, for the handout's "Open: …". */
export const VIEW_LABEL: Record<LessonStep['path'], MessageKey> = {
	'/learn/': 'nav.learn',
	'/segments/': 'nav.segments',
	'/clv/': 'nav.clv',
	'/lifecycle/': 'nav.lifecycle',
	'/satisfaction/': 'nav.satisfaction'
};

export function lessonById(id: string): Lesson | null {
	return LESSONS.find((l) => l.id === id) ?? null;
}

/** The address of a step (without the base path): path, then ?query, then #hash. */
export function stepHref(step: LessonStep): string {
	return `${step.path}${step.query ? `?${step.query}` : ''}${step.hash ? `#${step.hash}` : ''}`;
}

/** Message keys of a step: its title, what to look at and its questions. */
export function stepKeys(
	lesson: LessonId,
	step: LessonStep
): { title: string; look: string; questions: string[] } {
	const base = `lesson.${lesson}.${step.id}`;
	return {
		title: `${base}.title`,
		look: `${base}.look`,
		questions: Array.from({ length: step.questions }, (_, i) => `${base}.q${i + 1}`)
	};
}
