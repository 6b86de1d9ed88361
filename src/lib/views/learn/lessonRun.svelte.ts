// The guided lesson in progress: which lesson and step, kept in sessionStorage so a reload or a
// page change mid-lesson keeps the place. Moving to a step opens its view with its settings.
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { i18n } from '$lib/i18n/i18n.svelte';
import { loadSample } from '$lib/state/samples.svelte';
import { workspace } from '$lib/state/workspace.svelte';
import { lessonById, type Lesson, type LessonId, type LessonStep } from './lessons';

const KEY = 'crm-workbench.lesson';

class LessonRun {
	lesson = $state<LessonId | null>(null);
	step = $state(0);
	hidden = $state(false);
	loading = $state(false);

	get current(): { lesson: Lesson; step: LessonStep; index: number } | null {
		const l = this.lesson ? lessonById(this.lesson) : null;
		if (!l) return null;
		const index = Math.min(this.step, l.steps.length - 1);
		return { lesson: l, step: l.steps[index], index };
	}

	restore() {
		try {
			const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as {
				lesson?: string;
				step?: number;
			} | null;
			const l = saved?.lesson ? lessonById(saved.lesson) : null;
			if (l && Number.isInteger(saved?.step)) {
				this.lesson = l.id;
				this.step = Math.max(0, Math.min(saved?.step ?? 0, l.steps.length - 1));
			}
		} catch {
			// Storage blocked or a stale value: no lesson to resume.
		}
	}

	private save() {
		try {
			if (this.lesson)
				sessionStorage.setItem(KEY, JSON.stringify({ lesson: this.lesson, step: this.step }));
			else sessionStorage.removeItem(KEY);
		} catch {
			// Storage may be blocked; the lesson then lasts while the page stays open.
		}
	}

	/** Starts a lesson on the teaching sample (loaded first when there are no transactions). */
	async start(id: LessonId) {
		this.lesson = id;
		this.step = 0;
		this.hidden = false;
		this.save();
		if (!workspace.active('transactions')) {
			this.loading = true;
			try {
				await loadSample(i18n.lang === 'zh' ? 'retail-zh' : 'retail');
			} finally {
				this.loading = false;
			}
		}
		await this.open();
	}

	async move(by: number) {
		const c = this.current;
		if (!c) return;
		this.step = Math.max(0, Math.min(c.index + by, c.lesson.steps.length - 1));
		this.save();
		await this.open();
	}

	end() {
		this.lesson = null;
		this.step = 0;
		this.save();
	}

	private async open() {
		const c = this.current;
		if (!c) return;
		const { path, query, hash } = c.step;
		const tail = `${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
		// The path goes through resolve(); the lint rule cannot see that through the settings
		// appended after it.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		await goto(`${resolve(path)}${tail}`);
	}
}

export const lessonRun = new LessonRun();
