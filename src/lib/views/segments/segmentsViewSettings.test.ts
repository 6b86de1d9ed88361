// The page's settings class writes through the settings model: each of its actions is one undo
// step there, and the app's own choice of preset is none.
import { describe, expect, it } from 'vitest';
import { settings } from '$lib/state/settings.svelte';
import { segmentsViewSettings as s } from './segmentsViewSettings.svelte';

// No dataset in this test: the settings belong to the page's scratch entry ''.
const here = () => settings.of('').segments;

describe('segmentsViewSettings over the settings model', () => {
	it('the language default is applied without an undo step', () => {
		s.applyLanguageDefault('zh');
		expect(here().preset).toBe('cn8');
		expect(here().bins).toBe(2);
		expect(settings.canUndo).toBe(false);
	});

	it('choosing a preset is one step: bins, rules and flags come back together', () => {
		s.choosePreset('rfmVignette');
		expect(here().bins).toBe(5);
		expect(here().presetChosen).toBe(true);
		settings.undo();
		expect(here()).toMatchObject({ preset: 'cn8', bins: 2, presetChosen: false });
		settings.redo();
		expect(here()).toMatchObject({ preset: 'rfmVignette', bins: 5, presetChosen: true });
	});

	it('editing rules marks them edited in the same step; a plain field is its own step', () => {
		const rules = [{ key: 'Mine', r: [1, 5], f: [1, 5], m: [1, 5] }] as typeof s.rules;
		s.setRules(rules);
		s.treemapSize = 'revenue';
		expect(s.rules).toEqual(rules);
		expect(s.edited).toBe(true);
		settings.undo();
		expect(s.treemapSize).toBe('customers');
		expect(s.edited).toBe(true);
		settings.undo();
		expect(s.edited).toBe(false);
		expect(s.rules[0].key).not.toBe('Mine');
	});

	it('a value the model refuses leaves the field as it was', () => {
		s.bins = 9;
		expect(s.bins).toBe(5);
	});
});
