// The Satisfaction page's survey choices live in the settings model: a change lands in the
// dataset's `survey` group (which the model stores, and a reload reads back: settings.svelte.test
// and the satisfaction e2e), is one undo step, and an earlier version's localStorage entry moves
// in once without becoming a step. (No IndexedDB here: views/ may not open it.)
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsModel } from '$lib/state/settings.svelte';
import { readViewSettings } from '$lib/state/settings/viewSettings';
import { defaultSettings, SurveySettingsStore } from './surveySettings.svelte';

async function fresh() {
	const model = new SettingsModel();
	return { model, store: new SurveySettingsStore(model) };
}

/** localStorage as the browser has it (Node has none). */
const storage = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
	configurable: true,
	value: {
		getItem: (k: string) => storage.get(k) ?? null,
		setItem: (k: string, v: string) => void storage.set(k, v),
		removeItem: (k: string) => void storage.delete(k)
	}
});
afterEach(() => storage.clear());

describe('SurveySettingsStore over the settings model', () => {
	it('reads the defaults, with the stated scales under the chosen ones', async () => {
		const { store } = await fresh();
		store.use('sv', { recommend: [0, 10] });
		expect(store.value).toEqual({
			...defaultSettings(),
			mapping: { map: {}, reversed: [], scales: { recommend: [0, 10] } }
		});
	});

	it('keeps a change in the model, as stored JSON reads it back, and undoes it in one step', async () => {
		const { model, store } = await fresh();
		store.use('sv');
		const map = { q1: 'satisfaction', 客户满意: 'loyalty', __proto__x: 'value' };
		store.value = {
			...store.value,
			mapping: { ...store.value.mapping, map, reversed: ['q1'] },
			npsGroup: 'region',
			horizonDays: 90
		};
		expect(model.of('sv').survey.npsGroup).toBe('region');
		// What the model writes to IndexedDB is this JSON; a reload reads it with readViewSettings.
		const again = readViewSettings(JSON.parse(JSON.stringify(model.of('sv'))));
		expect(again.rejected).toEqual([]);
		expect(again.settings.survey.mapping).toEqual({ map, reversed: ['q1'], scales: {} });
		expect(again.settings.survey.horizonDays).toBe(90);
		expect(model.undo()).toBe(true);
		expect(store.value.npsGroup).toBe('');
		expect(store.value.mapping.map).toEqual({});
		expect(model.canUndo).toBe(false);
	});

	it('refuses a value that fails its check and keeps the rest', async () => {
		const { model, store } = await fresh();
		store.use('sv');
		store.value = { ...store.value, horizonDays: -5, loyaltyGroup: 'tier' };
		expect([model.of('sv').survey.horizonDays, model.of('sv').survey.loyaltyGroup]).toEqual([
			180,
			'tier'
		]);
	});

	it('moves an earlier version’s localStorage entry in once, not as an undo step', async () => {
		storage.set(
			'crm-workbench.satisfaction.sv',
			JSON.stringify({
				mapping: { map: { q1: 'trust' }, reversed: [], scales: {} },
				thresholds: { satisfactionHigh: 8, loyaltyHigh: 8, apostleMin: 9, terroristMax: 3 },
				minPurchases: 'three'
			})
		);
		const { model, store } = await fresh();
		store.use('sv');
		expect(store.value.mapping.map).toEqual({ q1: 'trust' });
		expect(store.value.thresholds.satisfactionHigh).toBe(8);
		// The bad field keeps its default.
		expect(store.value.minPurchases).toBe(1);
		expect(model.canUndo).toBe(false);
		expect(storage.has('crm-workbench.satisfaction.sv')).toBe(false);
	});
});
