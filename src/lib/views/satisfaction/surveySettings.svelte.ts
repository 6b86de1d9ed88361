// What the Satisfaction & loyalty view remembers per survey dataset: the item mapping (constructs,
// scales, reverse coding), the chosen axes and groups, the driver settings and the behaviour
// window — the `survey` group of the settings model (state/settings.svelte.ts), so they survive
// reloads, travel in the workspace file and share links, and every change is one undo step.
// The zone lines are the model's `satisfaction.thresholds`. Earlier versions kept all of this in
// localStorage; a dataset's old entry moves into the model once, the first time it is used.
import type { QuadrantThresholds, Scale } from '$lib/analytics/satisfaction/index';
import { settings as model, type SettingsModel } from '$lib/state/settings.svelte';
import {
	defaultViewSettings,
	validField,
	type SurveyGroup
} from '$lib/state/settings/viewSettings';

export interface SurveySettings extends SurveyGroup {
	thresholds: QuadrantThresholds;
}

const PREFIX = 'crm-workbench.satisfaction.';

export function defaultSettings(): SurveySettings {
	const d = defaultViewSettings();
	return { ...d.survey, thresholds: d.satisfaction.thresholds };
}

/** The localStorage entry of an earlier version, if any (removed once read). */
function takeLegacy(id: string): Partial<SurveySettings> | null {
	try {
		const raw = localStorage.getItem(PREFIX + id);
		if (!raw) return null;
		localStorage.removeItem(PREFIX + id);
		const v: unknown = JSON.parse(raw);
		return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
	} catch {
		return null;
	}
}

export class SurveySettingsStore {
	datasetId = $state<string | null>(null);
	/** Scales the data's documentation declares (a bundled sample): they hold unless the user chose. */
	private stated = $state<Record<string, Scale>>({});

	constructor(private store: SettingsModel = model) {}

	/** The dataset's settings, with the stated scales under the chosen ones. */
	get value(): SurveySettings {
		const id = this.datasetId ?? '';
		const g = this.store.group(id, 'survey');
		return {
			...g,
			mapping: { ...g.mapping, scales: { ...this.stated, ...g.mapping.scales } },
			thresholds: this.store.group(id, 'satisfaction').thresholds
		};
	}

	/** Writes every changed field as one user action (one undo step); invalid fields are refused. */
	set value(next: SurveySettings) {
		const id = this.datasetId;
		if (!id) return;
		const { thresholds, ...survey } = next;
		this.store.batch([id], () => {
			for (const key of Object.keys(survey) as (keyof SurveyGroup)[])
				this.store.set(id, 'survey', key, survey[key] as never);
			this.store.set(id, 'satisfaction', 'thresholds', thresholds);
		});
	}

	/**
	 * Switches to a dataset's settings (no-op when already there). `stated` are scales the data's
	 * documentation declares (a bundled sample): they count as declared unless the user chose.
	 */
	use(id: string, stated: Record<string, Scale> = {}) {
		if (this.datasetId === id) return;
		this.datasetId = id;
		this.stated = stated;
		const legacy = takeLegacy(id);
		if (!legacy) return;
		// Not a user action: the move is not an undo step; fields that fail their check are left.
		this.store.batch(
			[id],
			() => {
				const d = defaultViewSettings().survey as unknown as Record<string, unknown>;
				for (const key of Object.keys(d) as (keyof SurveyGroup)[]) {
					const v =
						key === 'mapping' ? { ...(d.mapping as object), ...legacy.mapping } : legacy[key];
					if (v !== undefined && validField('survey', key, v))
						this.store.set(id, 'survey', key, v as never, { history: false });
				}
				const lines = { ...defaultViewSettings().satisfaction.thresholds, ...legacy.thresholds };
				if (validField('satisfaction', 'thresholds', lines))
					this.store.set(id, 'satisfaction', 'thresholds', lines, { history: false });
			},
			{ history: false }
		);
	}
}
