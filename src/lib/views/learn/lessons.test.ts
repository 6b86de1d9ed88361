// The lesson paths hold together: every step has its words in both languages, opens a route
// that exists, and points at an element some component renders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '$lib/i18n/messages/index';
import { LESSONS, stepHref, stepKeys } from './lessons';

function svelteSources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? svelteSources(join(dir, e.name))
			: e.name.endsWith('.svelte')
				? [readFileSync(join(dir, e.name), 'utf8')]
				: []
	);
}
const sources = svelteSources('src/lib').join('\n');

const steps = LESSONS.flatMap((l) => l.steps.map((s) => ({ lesson: l.id, step: s })));

describe('guided lessons', () => {
	it('are the four of the course, each a short path', () => {
		expect(LESSONS.map((l) => l.id)).toEqual(['value', 'rfm', 'lifecycle', 'satisfaction']);
		for (const l of LESSONS) expect(l.steps.length).toBeGreaterThanOrEqual(3);
	});

	it.each(steps)('$lesson / $step.id has its words in both languages', ({ lesson, step }) => {
		const k = stepKeys(lesson, step);
		for (const key of [`lesson.${lesson}.title`, k.title, k.look, ...k.questions]) {
			expect(dictionaries.en[key], key).toBeTruthy();
			expect(dictionaries.zh[key], key).toBeTruthy();
		}
	});

	it.each(steps)(
		'$lesson / $step.id opens a route and points at a rendered element',
		({ step }) => {
			expect(existsSync(join('src/routes', step.path, '+page.svelte'))).toBe(true);
			const testid = /^\[data-testid="([^"]+)"\]$/.exec(step.highlight)?.[1];
			const id = /^#([\w-]+)$/.exec(step.highlight)?.[1];
			if (testid) expect(sources).toContain(`data-testid="${testid}"`);
			else expect(id && sources.includes(`id="${id}"`)).toBe(true);
		}
	);

	it('writes a step address as path, query and hash', () => {
		expect(stepHref(LESSONS[1].steps[1])).toBe('/segments/?preset=cn8#segments');
		expect(stepHref(LESSONS[2].steps[0])).toBe('/lifecycle/?tab=cohorts');
	});
});
